// A build for /sous/chemin/ works when copied under that path on a plain static server that does
// no rewriting: every route opened directly shows its view, under a strict CSP (issue 6).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, openPage, shippedEntries, distSub } from "./harness.mjs";

let server, browser;
before(async () => { server = await serve(distSub, "/sous/chemin/"); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test("under a sub-path the data loads and navigation stays under it", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  await page.getByText(`${shippedEntries().length} résultats`, { exact: true }).waitFor();
  await page.getByRole("link", { name: "Frise chronologique" }).click();
  await page.getByRole("heading", { level: 1, name: "Frise chronologique" }).waitFor();
  assert.match(page.url(), /\/sous\/chemin\/timeline$/);
  await page.locator(".timeline a").first().click();
  await page.waitForURL(/\/sous\/chemin\/entry\//, { waitUntil: "commit" });
  await page.getByRole("link", { name: "Proposer une correction" }).waitFor();
  await page.getByRole("link", { name: "Explorer", exact: true }).click();
  await page.waitForURL(/\/sous\/chemin\/$/, { waitUntil: "commit" });
  await page.locator(".result-list > li").first().waitFor();
  assert.deepEqual(page.problems, []);
});

const entry = shippedEntries().find((e) => e.id === "nec-hauts-de-france-2023");
const direct = [
  ["", () => ({ role: "heading", name: "Les communs numériques : un pas vers une société de la contribution ?" })],
  ["timeline", () => ({ role: "heading", name: "Frise chronologique" })],
  ["timeline/", () => ({ role: "heading", name: "Frise chronologique" })],
  ["calls", () => ({ role: "heading", name: "Appels à contribution" })],
  ["contribuer", () => ({ role: "heading", name: "Vérifier un fichier de données" })],
  [`entry/${entry.id}`, () => ({ role: "heading", name: entry.title })],
  [`entry/${entry.id}/?q=wiki`, () => ({ role: "heading", name: entry.title })],
  ["personne/bastien-guerry", () => ({ role: "heading", name: "Bastien Guerry" })],
  ["organisation/pyronear", () => ({ role: "heading", name: "Pyronear" })],
  ["entry/une-entree-ajoutee-plus-tard", () => ({ role: "heading", name: "Page introuvable" })],
  ["nulle/part", () => ({ role: "heading", name: "Page introuvable" })],
];

for (const [route, expect] of direct) {
  test(`opening /sous/chemin/${route} directly shows its view with no CSP violation`, async () => {
    const page = await openPage(browser);
    const response = await page.goto(server.base + route);
    const { role, name } = expect();
    await page.getByRole(role, { name, exact: true }).first().waitFor();
    const notFoundStatus = route.startsWith("nulle") || route.includes("plus-tard");
    assert.equal(response.status(), notFoundStatus ? 404 : 200);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    assert.match(csp, /default-src 'self'/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
    assert.deepEqual(page.problems.filter((p) => !(notFoundStatus && p.includes("404"))), []);
  });
}

test("entry pages carry their own title, description and Open Graph tags", async () => {
  const html = fs.readFileSync(path.join(distSub, "entry", entry.id, "index.html"), "utf8");
  assert.ok(html.includes(`<title>${entry.title}`));
  assert.ok(html.includes(`<meta property="og:title" content="${entry.title}`));
  assert.ok(html.includes('href="https://communs.example.org/sous/chemin/entry/nec-hauts-de-france-2023/"'));
  assert.ok(html.includes("feed.xml"));
  for (const file of ["feed.xml", "calendar.ics", "sitemap.xml", "robots.txt", "_headers", ".htaccess", "nginx-communs.conf", "404.html"]) {
    assert.ok(fs.existsSync(path.join(distSub, file)), file);
  }
  const wasm = fs.readdirSync(distSub).find((f) => f.endsWith(".wasm"));
  assert.ok(fs.existsSync(path.join(distSub, `${wasm}.br`)) && fs.existsSync(path.join(distSub, `${wasm}.gz`)));
});
