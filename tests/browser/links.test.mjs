// Link freshness (issue 24): a site built with a link report (the sub-path build ships
// tests/browser/fixtures/links-report.json) shows « vérifié le … » beside a link the report
// found alive, and « inaccessible depuis le … » with the archived copy beside a dead one; a
// link it never checked shows nothing. The report is read after the page shows, never waited
// for; a site built without one never asks for it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, shippedEntries, distRoot, distSub } from "./harness.mjs";

let root, sub, browser;
before(async () => {
  root = await serve(distRoot);
  sub = await serve(distSub, "/sous/chemin/");
  browser = await launch();
});
after(async () => { await browser?.close(); await root?.close(); await sub?.close(); });

const source = "https://cnnumerique.fr/nos-travaux/les-communs-numeriques-un-pas-vers-une-societe-de-la-contribution";
const wikipedia = "https://fr.wikipedia.org/wiki/Commun_num%C3%A9rique";
const never = "https://example.org/jamais-verifie";

/** The shipped data with one more link, which the report never checked, on the NEC entry. */
function withUncheckedLink() {
  const entries = shippedEntries().map((e) => (e.id === "nec-hauts-de-france-2023"
    ? { ...e, links: [...e.links, { url: never, label: "Page jamais vérifiée", type: "page" }], verified: "2026-01-15" }
    : e));
  return JSON.stringify({ version: "1", updated: "2026-11-30", entries });
}


test("an item page marks each link the report knows, with the archived copy of a dead one", async () => {
  const page = await openPage(browser);
  await page.route("**/data/commons.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: withUncheckedLink() }));
  await page.goto(`${sub.base}entry/nec-hauts-de-france-2023`);
  const row = (url) => page.locator("main li").filter({ has: page.locator(`a[href="${url}"]`) });
  await row(source).getByText("— vérifié le 12 mars 2026").waitFor();
  const dead = row(wikipedia);
  await dead.getByText("inaccessible depuis le 5 février 2026", { exact: false }).waitFor();
  assert.equal(await dead.getByRole("link", { name: "copie archivée" }).getAttribute("href"), `https://web.archive.org/web/${wikipedia}`);
  await row(never).waitFor();
  assert.equal(await row(never).locator(".link-mark").count(), 0, "a link never checked shows nothing");
  await page.getByText("Fiche vérifiée à la source le 15 janvier 2026.").waitFor();
  assert.deepEqual(page.problems, []);
});

test("the marks read in English", async () => {
  const page = await openPage(browser);
  await page.goto(`${sub.base}entry/nec-hauts-de-france-2023?lang=en`);
  const row = (url) => page.locator("main li").filter({ has: page.locator(`a[href="${url}"]`) });
  await row(source).getByText("— checked on 12 March 2026").waitFor();
  await row(wikipedia).getByText("unreachable since 5 February 2026", { exact: false }).waitFor();
  await row(wikipedia).getByRole("link", { name: "archived copy" }).waitFor();
});

test("the page shows before the report arrives: the report is never waited for", async () => {
  const page = await openPage(browser);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/data/links.json", async (r) => { await held; await r.continue(); });
  await page.goto(`${sub.base}entry/nec-hauts-de-france-2023`);
  const entry = shippedEntries().find((e) => e.id === "nec-hauts-de-france-2023");
  await page.getByRole("heading", { level: 1, name: entry.title }).waitFor();
  await page.locator(`main a[href="${wikipedia}"]`).waitFor();
  assert.equal(await page.locator(".link-mark").count(), 0);
  release();
  await page.locator(".link-mark").first().waitFor();
  assert.deepEqual(page.problems, []);
});

test("a site built without a report never asks for one and shows no mark", async () => {
  const page = await openPage(browser);
  const asked = [];
  page.on("request", (r) => asked.push(new URL(r.url()).pathname));
  await page.goto(`${root.base}entry/nec-hauts-de-france-2023`);
  await page.locator(`main a[href="${wikipedia}"]`).waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.locator(".link-mark").count(), 0);
  assert.ok(!asked.some((p) => p.endsWith("links.json")), asked.join(" "));
  await page.goto(`${root.base}contribuer`);
  await page.getByLabel("Contenu JSON").fill(withUncheckedLink());
  await page.locator(".check-results .count").getByText("valides", { exact: false }).waitFor();
  assert.equal(await page.getByRole("heading", { name: "Liens connus du dernier contrôle" }).count(), 0);
  assert.deepEqual(page.problems, []);
});

test("the contributor page marks the pasted file's links that the report knows", async () => {
  const page = await openPage(browser);
  await page.goto(`${sub.base}contribuer`);
  await page.getByLabel("Contenu JSON").fill(withUncheckedLink());
  const known = page.getByRole("region", { name: "Liens connus du dernier contrôle" });
  await known.waitFor();
  await known.locator("li").filter({ hasText: wikipedia }).getByText("inaccessible depuis le 5 février 2026", { exact: false }).first().waitFor();
  await known.locator("li").filter({ hasText: source }).getByText("vérifié le 12 mars 2026", { exact: false }).first().waitFor();
  assert.equal(await known.locator("li").filter({ hasText: never }).count(), 0);
  assert.deepEqual(page.problems, []);
});
