// Contributor mode: a broken file lists its errors and selects their lines; a fixed one previews
// the whole app, survives a reload, and the published data comes back on request (issue 5).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, shippedEntries, distRoot } from "./harness.mjs";

let server, browser;
before(async () => { server = await serve(distRoot); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const entry = { id: "nouvel-atelier", kind: "evnt", title: "Un nouvel atelier de test", summary: "Ajouté par un contributeur.", pillar: "contribuer", date: { start: "2025-02-30" } };
const dataset = (e) => JSON.stringify({ version: "1.1.0", updated: "2025-01-01", entries: [...shippedEntries(), e] }, null, 2);

test("a broken file lists each error with its line, then a fixed one previews the new entry", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}calls`);
  await page.getByRole("link", { name: "Vérifier et prévisualiser un fichier de données" }).click();
  await page.getByRole("heading", { name: "Vérifier un fichier de données" }).waitFor();
  const editor = page.getByLabel("Contenu JSON");
  await editor.fill(dataset(entry));
  const errors = page.locator(".diagnostic.erreur");
  await errors.first().waitFor();
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
  await page.getByText(`${shippedEntries().length + 1} entrée(s) valide(s) sur ${shippedEntries().length + 1}, 0 erreur(s)`, { exact: false }).waitFor();
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
