// Item, person and organisation pages, and the four pillars.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, openPage, shippedEntries, distRoot, root } from "./harness.mjs";

let server, browser;
before(async () => { server = await serve(distRoot); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test("a person page lists all their entries across kinds (Bastien Guerry)", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}?q=bastien`);
  await page.getByRole("link", { name: "Les logiciels libres comme espaces de collaboration" }).click();
  await page.getByRole("link", { name: "Bastien Guerry" }).click();
  await page.getByRole("heading", { level: 1, name: "Bastien Guerry" }).waitFor();
  const titles = await page.locator(".party .card-title").allTextContents();
  const expected = shippedEntries().filter((e) => (e.people ?? []).some((p) => p.name === "Bastien Guerry")).map((e) => e.title);
  assert.deepEqual([...titles].map((t) => t.trim()).sort(), [...expected].sort());
  assert.ok(titles.some((t) => t.includes("Conseil logiciels libres")));
  assert.deepEqual(page.problems, []);
});

test("an organisation page lists its entries", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}?q=pyronear`);
  await page.locator(".result-list .card-title a").first().click();
  await page.getByRole("link", { name: "Pyronear", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Pyronear" }).waitFor();
  assert.equal(await page.locator(".party .card").count(), shippedEntries().filter((e) => (e.organisations ?? []).includes("Pyronear")).length);
});

test("the item page shows its links, its related entries, and back keeps the filters", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}?type=event&q=wikipedia`);
  const first = page.locator(".result-list .card-title a").first();
  const title = (await first.textContent()).trim();
  await first.click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  const source = page.getByRole("link", { name: "Page « Les communs numériques » du CNNum" });
  assert.match(await source.getAttribute("href"), /^https:\/\/cnnumerique\.fr\//);
  assert.ok(await page.getByRole("heading", { name: "Voir aussi" }).isVisible());
  assert.match(await page.getByRole("link", { name: "Proposer une correction" }).getAttribute("href"), /^mailto:info@cnnumerique\.fr\?subject=/);
  await page.getByRole("link", { name: "← Retour aux résultats" }).click();
  await page.waitForURL(/type=event/, { waitUntil: "commit" });
  assert.match(page.url(), /q=wikipedia/);
});

test("the four pillars introduce the first visit and each links to its filtered view", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  const pillars = page.locator(".pillars > li");
  await pillars.first().waitFor();
  assert.equal(await pillars.count(), 4);
  await page.getByRole("link", { name: "Prendre sa part" }).click();
  await page.waitForURL(/pilier=prendre-sa-part/, { waitUntil: "commit" });
  const expected = shippedEntries().filter((e) => e.pillar === "prendre-sa-part").length;
  await page.getByText(`${expected} résultats`, { exact: true }).waitFor();
  assert.equal(await page.getByRole("heading", { name: "Prendre sa part" }).count(), 0, "the pillars are no longer shown");
  assert.equal(await pillars.first().isVisible(), false);
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "public/data/commons.json"), "utf8"));
  await page.getByRole("contentinfo").getByText(`Données version ${version}`, { exact: false }).waitFor();
});
