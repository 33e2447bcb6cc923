// Accessibility (issue 9): axe-core with WCAG 2.2 A and AA rules on every main state, and a
// keyboard-only journey.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, openPage, root, distRoot } from "./harness.mjs";

let server, browser;
const axeSource = fs.readFileSync(path.join(root, "tools/node_modules/axe-core/axe.min.js"), "utf8");
before(async () => { server = await serve(distRoot); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function axe(page) {
  // Injected through the DevTools protocol, so the page's CSP stays untouched.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  });
}

const states = [
  ["home", "", async () => {}],
  ["search results", "?q=wikipedia", async () => {}],
  ["empty results", "?q=zzzzzz", async () => {}],
  ["an item page", "entry/nec-hauts-de-france-2023", async () => {}],
  ["the timeline", "timeline", async () => {}],
  ["the calls", "calls", async () => {}],
  ["the accessibility statement", "accessibilite", async () => {}],
  ["the site map", "plan-du-site", async () => {}],
  ["the legal notice", "mentions-legales", async () => {}],
  ["English", "?lang=en", async () => {}],
  ["contributor mode with errors", "contribuer", async (page) => {
    await page.getByLabel("Contenu JSON").fill('{"version": "1", "updated": "2024", "entries": [{"id": "x", "kind": "evnt"}]}');
    await page.locator(".diagnostic").first().waitFor();
  }],
  ["contributor mode with a file kept out of the editor", "contribuer", async (page) => {
    const entry = (i) => ({ id: `e${i}`, kind: "evnt", title: `Entrée ${i}`, summary: "x".repeat(400), pillar: "contribuer" });
    const text = JSON.stringify({ version: "1", updated: "2024", entries: Array.from({ length: 600 }, (_, i) => entry(i)) });
    await page.locator("input[type=file]").setInputFiles({ name: "grand.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await page.locator(".held-aside").waitFor();
    await page.locator(".diagnostic").first().waitFor();
  }],
];

for (const [name, route, prepare] of states) {
  for (const scheme of ["light", "dark"]) {
    test(`no WCAG A/AA violation on ${name} (${scheme})`, async () => {
      const page = await openPage(browser, { colorScheme: scheme });
      await page.goto(server.base + route);
      await page.locator("main h1, main h2").first().waitFor();
      await prepare(page);
      assert.deepEqual(await axe(page), []);
    });
  }
}

// On a phone's width too: the layout folds the filters and the charts into a panel.
for (const [name, route] of [["home", ""], ["an item page", "entry/nec-hauts-de-france-2023"], ["the timeline", "timeline"], ["the calls", "calls"]]) {
  test(`no WCAG A/AA violation on ${name} at 360 px`, async () => {
    const page = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(server.base + route);
    await page.locator("main h1, main h2").first().waitFor();
    assert.deepEqual(await axe(page), []);
  });
}

test("a keyboard-only journey: skip link, search, facet, result, back", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  await page.locator(".result-list > li").first().waitFor();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  assert.ok(await skip.evaluate((el) => el === document.activeElement));
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "contenu");
  assert.equal(new URL(page.url()).pathname, "/");
  // Tab to the search box and type.
  for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== "recherche"; i++) await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "recherche");
  await page.keyboard.type("atelier");
  await page.waitForURL(/q=atelier/, { waitUntil: "commit" });
  // Tab to the first facet checkbox and toggle it with Space.
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.type === "checkbox")); i++) await page.keyboard.press("Tab");
  assert.ok(await page.evaluate(() => document.activeElement?.type === "checkbox"));
  await page.keyboard.press("Space");
  await page.waitForURL(/type=/, { waitUntil: "commit" });
  assert.ok(await page.evaluate(() => document.activeElement?.type === "checkbox" && document.activeElement.checked));
  // Tab on to the first result and open it with Enter.
  for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.closest?.(".card-title"))); i++) await page.keyboard.press("Tab");
  const title = await page.evaluate(() => document.activeElement.textContent.trim());
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  // Focus lands on the new page's content, not lost on <body> with the old list gone.
  assert.equal(await page.evaluate(() => document.activeElement?.id), "contenu");
  await page.goBack();
  await page.waitForURL(/q=atelier/, { waitUntil: "commit" });
  await page.locator(".result-list > li").first().waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "contenu");
  // The next Tab goes on into the page, from the top of the content.
  await page.keyboard.press("Tab");
  assert.ok(await page.evaluate(() => document.getElementById("contenu").contains(document.activeElement)));
});
