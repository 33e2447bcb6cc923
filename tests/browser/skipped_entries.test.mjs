// One bad entry never hides the others: it is skipped and reported in a dismissable notice.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, openPage, root, distRoot, frNumber } from "./harness.mjs";

let server, browser;
before(async () => { server = await serve(distRoot); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test("invalid entries are listed with their reason and the valid ones still show", async () => {
  const data = JSON.parse(fs.readFileSync(path.join(root, "public/data/commons.json"), "utf8"));
  const valid = data.entries.length;
  data.entries.push({ id: "mauvais-type", kind: "evnt", title: "Type inconnu", summary: "x", pillar: "contribuer" });
  data.entries.push({ id: "lien-dangereux", kind: "initiative", title: "Lien", summary: "x", pillar: "contribuer",
    links: [{ url: "javascript:alert(1)", label: "clic", type: "page" }] });
  const page = await openPage(browser);
  await page.route("**/data/commons.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(data) }));
  await page.goto(server.base);
  await page.getByText(`${valid} résultats`, { exact: true }).waitFor();
  const notice = page.getByRole("status", { name: "Entrées ignorées" });
  await notice.getByText("2 entrées ignorées").click();
  await notice.getByText(/mauvais-type/).waitFor();
  // The page lists where each error is at once; the exporter's worker words it a moment later.
  await notice.getByText(/valeur inconnue « evnt »/).waitFor();
  assert.match(await notice.textContent(), /adresse refusée « javascript:alert\(1\) »/);
  await notice.getByRole("button", { name: "Masquer" }).click();
  assert.equal(await page.getByRole("status", { name: "Entrées ignorées" }).count(), 0);
  assert.deepEqual(page.problems, []);
});

test("thousands of bad entries are counted, and only the first are listed, in the notice and on the contributor page", async () => {
  const data = JSON.parse(fs.readFileSync(path.join(root, "public/data/commons.json"), "utf8"));
  const valid = data.entries.length;
  for (let i = 0; i < 2500; i++) data.entries.push({ id: `mauvais-type-${i}`, kind: "evnt", title: `Type inconnu ${i}`, summary: "x", pillar: "contribuer" });
  const body = JSON.stringify(data);
  const page = await openPage(browser);
  await page.route("**/data/commons.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto(server.base);
  await page.getByText(`${valid} résultats`, { exact: true }).waitFor();
  const notice = page.getByRole("status", { name: "Entrées ignorées" });
  await notice.getByText(`${frNumber(2500)} entrées ignorées`).click();
  await notice.getByText("mauvais-type-99", { exact: true }).waitFor();
  assert.equal(await notice.locator("ul.skipped > li").count(), 100);
  assert.equal(await notice.getByText("mauvais-type-100", { exact: true }).count(), 0);
  await notice.getByText(`… et ${frNumber(2400)} autres.`, { exact: true }).waitFor();
  // The contributor page checks the same file: it counts every problem and lists the first 200.
  await page.goto(`${server.base}contribuer`);
  await page.getByLabel("Contenu JSON").fill(body);
  const more = page.getByText(/^… et [\d\u202f]+ autres problèmes : corrigez d'abord ceux-ci, puis vérifiez à nouveau\.$/);
  await more.waitFor();
  assert.ok(Number((await more.textContent()).replace(/\u202f/g, "").match(/\d+/)[0]) >= 2300);
  assert.equal(await page.locator("ul.diagnostics > li").count(), 200);
  assert.deepEqual(page.problems, []);
});
