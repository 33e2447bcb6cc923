// Hostile data in the real browser (issue 9): markup, RTL overrides, 100 KB strings and unsafe
// link schemes never run, never become links, never hide a valid entry, never log.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, distRoot } from "./harness.mjs";

let server, browser;
before(async () => { server = await serve(distRoot); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const payloads = [
  "<script>window.__pwned = 1</script>",
  '<img src=x onerror="window.__pwned = 2">',
  '"><svg onload="window.__pwned = 3">',
  "\u202Eevil\u202C txt.exe",
  "x".repeat(100_000),
];
const badUrls = ["javascript:window.__pwned=4", "JaVaScRiPt:window.__pwned=5", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/"];

function hostileDataset() {
  const entries = payloads.map((text, i) => ({
    id: `hostile-${i}`,
    kind: "initiative",
    title: `Piège ${i} ${text.slice(0, 200)}`,
    summary: text.slice(0, 1500),
    description: text,
    pillar: "contribuer",
    tags: [text.slice(0, 100)],
    people: [{ name: `Nom ${text.slice(0, 50)}`, role: "guest" }],
    links: [{ url: "https://cnnumerique.fr/", label: text.slice(0, 80) || "lien", type: "page" }],
  }));
  const invalid = badUrls.map((url, i) => ({
    id: `bad-link-${i}`, kind: "initiative", title: `Lien piégé ${i}`, summary: "x", pillar: "contribuer",
    links: [{ url, label: `clic ${i}`, type: "page" }],
  }));
  invalid.push({ id: "no-title", kind: "event", summary: "x", pillar: "contribuer" });
  invalid.push({ id: "huge-title", kind: "event", title: "y".repeat(100_000), summary: "x", pillar: "contribuer" });
  return { valid: entries, invalid, body: JSON.stringify({ version: "1", updated: "2024-01-01", entries: [...entries, ...invalid] }) };
}

test("hostile text stays text, unsafe links are never links, and every valid entry shows", async () => {
  const { valid, invalid, body } = hostileDataset();
  const page = await openPage(browser);
  let dialogs = 0;
  page.on("dialog", async (d) => { dialogs += 1; await d.dismiss(); });
  await page.route("**/data/commons.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto(server.base);
  await page.getByText(`${valid.length} résultats`, { exact: true }).waitFor();
  // Every valid entry shows, its markup as text.
  for (const entry of valid) await page.locator(".card-title").filter({ hasText: `Piège ${valid.indexOf(entry)}` }).first().waitFor();
  assert.ok((await page.locator(".card-title").allTextContents()).some((t) => t.includes("<script>")));
  // Every invalid one is reported.
  const notice = page.getByRole("status", { name: "Entrées ignorées" });
  await notice.getByText(`${invalid.length} entrées ignorées`).click();
  for (const entry of invalid) await notice.getByText(entry.id, { exact: true }).waitFor();
  // Open each hostile entry page: nothing runs.
  for (const entry of valid) {
    await page.goto(`${server.base}entry/${entry.id}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(dialogs, 0);
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.every((h) => !/^\s*(javascript|data|vbscript):/i.test(h) && !h.startsWith("//")), hrefs.join(" "));
  assert.deepEqual(page.problems.filter((p) => !p.includes("404")), []);
});
