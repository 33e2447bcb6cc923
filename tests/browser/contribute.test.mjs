// Contributor mode: a broken file lists its errors and selects their lines; a fixed one previews
// the whole app, survives a reload, and the published data comes back on request (issue 5).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve, launch, openPage, shippedEntries, distRoot, frNumber, checkSummary } from "./harness.mjs";

let server, browser;
before(async () => { server = await serve(distRoot); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const entry = { id: "nouvel-atelier", kind: "evnt", title: "Un nouvel atelier de test", summary: "Ajouté par un contributeur.", pillar: "contribuer", date: { start: "2025-02-30" } };
const dataset = (e) => JSON.stringify({ version: "1.1.0", updated: "2025-01-01", entries: [...shippedEntries(), e] }, null, 2);

/** The shipped entries, then copies of them under new ids (still referring to the originals),
 *  until their JSON reaches `bytes`. */
function shippedAndCopies(bytes) {
  const shipped = shippedEntries();
  const entries = [...shipped];
  let size = JSON.stringify(shipped).length;
  for (let i = 0; size < bytes; i++) {
    for (const e of shipped) {
      const copy = { ...e, id: `${e.id}-copie-${i}`, title: `${e.title} (copie ${i})` };
      entries.push(copy);
      size += JSON.stringify(copy).length + 1;
    }
  }
  return entries;
}

/** The editor's limit (EDITOR_LIMIT in src/views/contribute/editor.rs), in bytes. */
const EDITOR_LIMIT = 256 * 1024;

test("in English, the check speaks English: every problem, its hint and the summary", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}contribuer?lang=en`);
  await page.getByLabel("JSON content").fill(dataset(entry));
  const errors = page.locator(".diagnostic.erreur");
  await errors.filter({ hasText: 'unknown value "evnt"' }).waitFor();
  const texts = await errors.allTextContents();
  assert.equal(texts.length, 2, texts.join("\n"));
  assert.ok(texts.some((t) => t.startsWith("error: Line ") && t.includes('did you mean "event"?')), texts.join("\n"));
  assert.ok(texts.every((t) => !/valeur|champ|vouliez|n'existe/.test(t)), texts.join("\n"));
  assert.deepEqual(page.problems, []);
});

test("a broken file lists each error with its line, then a fixed one previews the new entry", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}calls`);
  await page.getByRole("link", { name: "Vérifier et prévisualiser un fichier de données" }).click();
  await page.getByRole("heading", { name: "Vérifier un fichier de données" }).waitFor();
  const editor = page.getByLabel("Contenu JSON");
  await editor.fill(dataset(entry));
  const errors = page.locator(".diagnostic.erreur");
  // The page locates each problem at once; the exporter's worker words it a moment later.
  await errors.filter({ hasText: "valeur inconnue « evnt »" }).waitFor();
  const texts = await errors.allTextContents();
  assert.equal(texts.length, 2, texts.join("\n"));
  assert.ok(texts.some((t) => t.includes("valeur inconnue « evnt »") && t.includes("vouliez-vous dire « event »")));
  assert.ok(texts.some((t) => t.includes(".date.start") && t.includes("n'existe pas")));
  // Clicking an error selects its line in the editor.
  await errors.filter({ hasText: "evnt" }).getByRole("button").click();
  const selected = await editor.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  assert.match(selected, /"kind": "evnt"/);
  // Fix it: the preview shows the new entry everywhere, with a banner.
  await editor.fill(dataset({ ...entry, kind: "event", date: { start: "2025-02-28" } }));
  await page.getByText(checkSummary(shippedEntries().length + 1, shippedEntries().length + 1, 0), { exact: false }).waitFor();
  await page.getByRole("button", { name: "Prévisualiser le site avec ce fichier" }).click();
  const banner = page.getByRole("region", { name: "Aperçu" });
  await banner.waitFor();
  await page.getByRole("link", { name: "Explorer", exact: true }).click();
  await page.getByLabel("Rechercher").fill("nouvel atelier");
  await page.getByRole("link", { name: "Un nouvel atelier de test" }).waitFor();
  await page.reload();
  await page.getByRole("link", { name: "Un nouvel atelier de test" }).waitFor();
  await page.getByRole("link", { name: "Frise chronologique" }).click();
  await page.getByRole("link", { name: "Un nouvel atelier de test" }).waitFor();
  await banner.getByRole("button", { name: "Revenir aux données publiées" }).click();
  await banner.waitFor({ state: "detached" });
  assert.equal(await page.getByRole("link", { name: "Un nouvel atelier de test" }).count(), 0);
  assert.deepEqual(page.problems, []);
});

test("the fixed file downloads pretty-printed in canonical order", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}contribuer`);
  const messy = { summary: "Résumé.", title: "Désordre", id: "desordre", pillar: "contribuer", kind: "initiative" };
  await page.getByLabel("Contenu JSON").fill(JSON.stringify({ entries: [messy], updated: "2025-01-01", version: "2" }));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger le fichier corrigé" }).click()]);
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8");
  assert.equal(download.suggestedFilename(), "commons.json");
  assert.ok(text.indexOf('"version"') < text.indexOf('"entries"'));
  assert.ok(text.indexOf('"id"') < text.indexOf('"kind"') && text.indexOf('"kind"') < text.indexOf('"title"'));
  assert.match(text, /\n {6}"id": "desordre",\n/);
});

test("in a preview, exports hold the previewed file's entries, not the published ones", async () => {
  const page = await openPage(browser, { acceptDownloads: true });
  await page.goto(`${server.base}calls`);
  await page.getByRole("link", { name: "Vérifier et prévisualiser un fichier de données" }).click();
  await page.getByLabel("Contenu JSON").fill(dataset({ ...entry, kind: "event", date: { start: "2025-02-28" } }));
  await page.getByRole("button", { name: "Prévisualiser le site avec ce fichier" }).click();
  await page.getByRole("region", { name: "Aperçu" }).waitFor();
  await page.getByRole("link", { name: "Explorer", exact: true }).click();
  await page.getByLabel("Rechercher").fill("nouvel atelier");
  await page.getByRole("link", { name: "Un nouvel atelier de test" }).waitFor();
  await page.getByText("Exporter", { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tableur (CSV)" }).click()]);
  const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8");
  const lines = csv.trim().split("\r\n");
  assert.equal(lines.length, 2, csv);
  assert.match(lines[1], /^nouvel-atelier,/);
  assert.deepEqual(page.problems, []);
});

// A file of several hundred kilobytes would make each keystroke in a <textarea> take from a
// tenth of a second to many seconds: it is checked, previewed and downloaded without being
// placed in the editor, and the page says why.
test("a file too large for the editor is checked and previewed without being placed in it", async () => {
  const copies = shippedAndCopies(300 * 1024);
  const big = JSON.stringify({ version: "1.1.0", updated: "2025-01-01", entries: [...copies, entry] }, null, 2);
  assert.ok(big.length > EDITOR_LIMIT, `${big.length} bytes`);
  const page = await openPage(browser);
  await page.goto(`${server.base}contribuer`);
  await page.locator("input[type=file]").setInputFiles({ name: "grand.json", mimeType: "application/json", buffer: Buffer.from(big) });
  const editor = page.getByLabel("Contenu JSON");
  const notice = page.getByText("Le fichier « grand.json » (", { exact: false });
  await notice.waitFor();
  assert.match(await notice.textContent(), /\(0,[3-9] Mo\) est vérifié sans être placé dans l'éditeur/);
  assert.equal(await editor.inputValue(), "");
  assert.equal(await editor.getAttribute("aria-describedby"), "hors-editeur");
  const total = copies.length + 1;
  await page.getByText(checkSummary(copies.length, total, 2), { exact: false }).waitFor();
  // The problems are listed with their lines, as text: there is no editor line to select.
  const errors = page.locator(".diagnostic.erreur");
  assert.equal(await errors.count(), 2);
  assert.match(await errors.first().textContent(), new RegExp(`Ligne ${big.split("\n").findIndex((l) => l.includes('"evnt"')) + 1}, colonne`));
  assert.equal(await page.locator(".diagnostics button").count(), 0);
  // Preview works on the file as it is.
  await page.getByRole("button", { name: "Prévisualiser le site avec ce fichier" }).click();
  await page.getByRole("region", { name: "Aperçu" }).waitFor();
  await page.getByRole("link", { name: "Explorer", exact: true }).click();
  await page.getByText(`${frNumber(copies.length)} résultat`, { exact: false }).first().waitFor();
  // Back on the page, the previewed file is still kept aside; pasting a short text edits it.
  await page.goto(`${server.base}contribuer`);
  await page.getByText("Le fichier en aperçu (", { exact: false }).waitFor();
  assert.equal(await editor.inputValue(), "");
  await editor.fill(dataset({ ...entry, kind: "event", date: { start: "2025-02-28" } }));
  await page.getByText(checkSummary(shippedEntries().length + 1, shippedEntries().length + 1, 0), { exact: false }).waitFor();
  assert.equal(await page.getByText("Le fichier en aperçu (", { exact: false }).count(), 0);
  assert.equal(await editor.getAttribute("aria-describedby"), null);
  // A paste that makes the text too large moves it aside too.
  await editor.evaluate((el, text) => {
    el.value = text;
    el.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
  }, big);
  await page.getByText("Le texte collé (", { exact: false }).waitFor();
  assert.equal(await editor.inputValue(), "");
  await page.getByText(checkSummary(copies.length, total, 2), { exact: false }).waitFor();
  assert.deepEqual(page.problems, []);
});

// Chromium keeps about 5 MB per tab in session storage: a larger file is previewed from the
// page's memory, and the banner says that a reload ends the preview.
test("a file too big for the browser's storage is previewed until the page is reloaded", async () => {
  const copies = shippedAndCopies(6_000_000);
  const huge = JSON.stringify({ version: "1.1.0", updated: "2025-01-01", entries: copies });
  const page = await openPage(browser);
  await page.goto(`${server.base}contribuer`);
  await page.locator("input[type=file]").setInputFiles({ name: "enorme.json", mimeType: "application/json", buffer: Buffer.from(huge) });
  await page.getByText(checkSummary(copies.length, copies.length, 0), { exact: false }).waitFor();
  await page.getByRole("button", { name: "Prévisualiser le site avec ce fichier" }).click();
  const banner = page.getByRole("region", { name: "Aperçu" });
  await banner.getByText("recharger la page mettra fin à l'aperçu", { exact: false }).waitFor();
  await page.getByRole("link", { name: "Explorer", exact: true }).click();
  await page.getByText(`${frNumber(copies.length)} résultats`, { exact: true }).waitFor();
  // The contributor page shows the previewed file, kept out of its editor.
  await page.getByRole("link", { name: "Appels à contribution" }).click();
  await page.getByRole("link", { name: "Vérifier et prévisualiser un fichier de données" }).click();
  await page.getByText("Le fichier en aperçu (", { exact: false }).waitFor();
  await page.reload();
  await page.getByRole("link", { name: "Explorer", exact: true }).click();
  await page.getByText(`${shippedEntries().length} résultats`, { exact: true }).waitFor();
  assert.equal(await banner.count(), 0);
  assert.deepEqual(page.problems, []);
});

// A file over the validator's 200 MB limit (a video chosen by mistake, say) is refused before
// the browser reads it into memory, and the page says so; what was checked before stays.
test("a file over the size limit is refused without being read", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "communs-"));
  const huge = path.join(dir, "video.json");
  fs.closeSync(fs.openSync(huge, "w"));
  fs.truncateSync(huge, 210_000_000); // sparse: no disk used
  try {
    const page = await openPage(browser);
    await page.goto(`${server.base}contribuer`);
    await page.getByLabel("Contenu JSON").fill(dataset({ ...entry, kind: "event", date: { start: "2025-02-28" } }));
    const summary = checkSummary(shippedEntries().length + 1, shippedEntries().length + 1, 0);
    await page.getByText(summary, { exact: false }).waitFor();
    await page.locator("input[type=file]").setInputFiles(huge);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.equal(await alert.textContent(), "Le fichier « video.json » (210,0 Mo) n'a pas été lu : un fichier de données ne peut pas dépasser 200,0 Mo.");
    await page.getByText(summary, { exact: false }).waitFor();
    assert.deepEqual(page.problems, []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// A file dropped anywhere on the page is checked (not only on the editor): a browser would
// otherwise open it in place of the page.
test("a file dropped anywhere on the page is checked", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}contribuer`);
  await page.getByRole("heading", { name: "Vérifier un fichier de données" }).waitFor();
  const accepted = await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "depose.json", { type: "application/json" }));
    const heading = document.querySelector("main h1");
    const over = new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true });
    heading.dispatchEvent(over);
    const drop = new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true });
    heading.dispatchEvent(drop);
    return over.defaultPrevented && drop.defaultPrevented;
  }, dataset(entry));
  assert.ok(accepted, "the page takes the drop instead of leaving it to the browser");
  await page.locator(".diagnostic.erreur").first().waitFor();
  assert.equal(await page.locator(".diagnostic.erreur").count(), 2);
  assert.match(await page.getByLabel("Contenu JSON").inputValue(), /"id": "nouvel-atelier"/);
  assert.deepEqual(page.problems, []);
});

// Only a paste or a drop moves a text out of the editor: a contributor typing past the limit
// keeps editing what they see.
test("typing past the editor's limit keeps the text in the editor", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}contribuer`);
  const text = dataset({ ...entry, kind: "event", date: { start: "2025-02-28" } });
  const almost = text + " ".repeat(EDITOR_LIMIT - 3 - Buffer.byteLength(text));
  const editor = page.getByLabel("Contenu JSON");
  await editor.fill(almost);
  const summary = checkSummary(shippedEntries().length + 1, shippedEntries().length + 1, 0);
  await page.getByText(summary, { exact: false }).waitFor();
  await editor.press("Control+End");
  await editor.pressSequentially("      ");
  assert.equal(await editor.evaluate((el) => new TextEncoder().encode(el.value).length), EDITOR_LIMIT + 3);
  await page.getByText(summary, { exact: false }).waitFor();
  assert.equal(await page.locator(".held-aside").count(), 0);
  assert.equal(await editor.getAttribute("aria-describedby"), null);
  assert.deepEqual(page.problems, []);
});
