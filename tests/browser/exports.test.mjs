// Each export downloads exactly the filtered entries, under a name that says what it holds (issue 7).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, shippedEntries, distRoot, distSub } from "./harness.mjs";

let server, browser;
before(async () => { server = await serve(distRoot); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function grab(page, name) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8");
  return { file: download.suggestedFilename(), text };
}

test("CSV, JSON and iCalendar exports hold the filtered events of 2024", async () => {
  const page = await openPage(browser, { acceptDownloads: true });
  await page.goto(`${server.base}?type=event&annee=2024`);
  const expected = shippedEntries().filter((e) => e.kind === "event" && e.date?.start.startsWith("2024"));
  await page.getByText(`${expected.length} résultats`, { exact: true }).waitFor();
  await page.getByText("Exporter", { exact: true }).click();

  const csv = await grab(page, "Tableur (CSV)");
  assert.equal(csv.file, "communs-evenements-2024.csv");
  assert.ok(csv.text.startsWith("\uFEFF"));
  const lines = csv.text.trim().split("\r\n");
  assert.equal(lines.length, expected.length + 1);
  for (const e of expected) assert.ok(csv.text.includes(e.id), e.id);

  const json = await grab(page, "Données (JSON)");
  assert.equal(json.file, "communs-evenements-2024.json");
  assert.deepEqual(JSON.parse(json.text).entries.map((e) => e.id).sort(), expected.map((e) => e.id).sort());

  const ics = await grab(page, /Agenda \(iCalendar/);
  assert.equal(ics.file, "communs-evenements-2024.ics");
  assert.equal((ics.text.match(/BEGIN:VEVENT/g) ?? []).length, expected.length);
  for (const e of expected) assert.ok(ics.text.includes(`UID:${e.id}@communs.cnnumerique`), e.id);
  // The counts on the open menu follow the results as the visitor narrows them.
  const agenda = (n) => page.getByRole("button", { name: `Agenda (iCalendar, ${n} événement${n > 1 ? "s" : ""})` });
  await agenda(expected.length).waitFor();
  await page.locator("#recherche").fill("zzzzzz");
  await page.getByText("Aucune entrée ne correspond à ces critères.").waitFor();
  await agenda(0).waitFor();
  assert.equal(await agenda(0).isDisabled(), true);
  assert.deepEqual(page.problems, []);
});

test("an event's page offers « Ajouter à mon agenda »", async () => {
  const page = await openPage(browser, { acceptDownloads: true });
  await page.goto(`${server.base}?q=politiques publiques`);
  await page.getByRole("link", { name: "Quelles politiques publiques pour les communs numériques ?" }).click();
  const ics = await grab(page, "Ajouter à mon agenda");
  assert.equal(ics.file, "communs-politiques-publiques-communs.ics");
  assert.match(ics.text, /DTSTART;VALUE=DATE:20240329/);
});

test("GeoJSON holds the filtered entries that have coordinates, for uMap", async () => {
  const page = await openPage(browser, { acceptDownloads: true });
  const entries = shippedEntries().map((e, i) => (i < 3 ? { ...e, place: { city: "Lille", coordinates: { lat: 50.63 + i / 100, lon: 3.06 } } } : e));
  const body = JSON.stringify({ version: "1", updated: "2024-04-10", entries });
  await page.route("**/data/commons.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto(`${server.base}?ville=Lille`);
  const inLille = entries.filter((e) => e.place?.city === "Lille").length;
  assert.ok(inLille > 3, "one Lille entry has no coordinates");
  await page.getByText(`${inLille} résultats`, { exact: true }).waitFor();
  await page.getByText("Exporter", { exact: true }).click();
  const geo = await grab(page, /Carte uMap/);
  assert.equal(geo.file, "communs-selection.geojson");
  const collection = JSON.parse(geo.text);
  assert.equal(collection.type, "FeatureCollection");
  assert.equal(collection.features.length, entries.filter((e) => e.place?.city === "Lille" && e.place.coordinates).length);
  assert.ok(collection.features.length >= 3);
  assert.ok(collection.features.every((f) => f.geometry.type === "Point" && f.properties.name && f.properties.description));
});

test("the exporter is not part of the first load: it is fetched on the first export, under a sub-path too", async () => {
  for (const [dist, prefix] of [[distRoot, "/"], [distSub, "/sous/chemin/"]]) {
    const site = await serve(dist, prefix);
    const page = await openPage(browser, { acceptDownloads: true });
    const asked = [];
    page.on("request", (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${site.base}?type=event`);
    await page.getByText("Exporter", { exact: true }).click();
    await page.getByRole("button", { name: "Tableur (CSV)" }).waitFor();
    assert.deepEqual(asked.filter((p) => p.includes("exporter")), [], "no exporter file before an export");
    const csv = await grab(page, "Tableur (CSV)");
    assert.match(csv.text, /^\uFEFFid,/);
    assert.ok(asked.includes(`${prefix}exporter_loader.js`), asked.join("\n"));
    assert.deepEqual(page.problems, []);
    await page.close();
    await site.close();
  }
});

test("an export of a dataset that cannot be read again says so, and nothing is downloaded", async () => {
  const page = await openPage(browser, { acceptDownloads: true });
  await page.goto(server.base);
  await page.getByText("Exporter", { exact: true }).click();
  await page.getByRole("button", { name: "Tableur (CSV)" }).waitFor();
  // The dataset disappears from the server after the page has loaded it.
  await page.route("**/data/commons.json", (r) => r.fulfill({ status: 404, body: "" }));
  let downloads = 0;
  page.on("download", () => downloads++);
  // The alert holds the click until it is dismissed.
  const told = new Promise((resolve) => page.once("dialog", async (dialog) => { resolve(dialog.message()); await dialog.dismiss(); }));
  await page.getByRole("button", { name: "Tableur (CSV)" }).click();
  assert.match(await told, /^L'export n'a pas pu être créé : .*data\/commons\.json: HTTP 404$/);
  assert.equal(downloads, 0);
});

test("while an export is being built its buttons say so, and a second click starts nothing", async () => {
  const page = await openPage(browser, { acceptDownloads: true });
  await page.goto(server.base);
  await page.getByText("Exporter", { exact: true }).click();
  const csv = page.getByRole("button", { name: "Tableur (CSV)" });
  await csv.waitFor();
  assert.equal(await csv.getAttribute("aria-busy"), "false");
  // The dataset, asked again for the export, comes slowly.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/data/commons.json", async (r) => { await held; await r.continue(); });
  let downloads = 0;
  page.on("download", () => downloads++);
  await csv.click();
  await page.locator('button[aria-busy="true"]', { hasText: "Tableur (CSV)" }).waitFor();
  await csv.click();
  const download = page.waitForEvent("download");
  release();
  await download;
  await page.locator('button[aria-busy="false"]', { hasText: "Tableur (CSV)" }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(downloads, 1);
  assert.deepEqual(page.problems, []);
});
