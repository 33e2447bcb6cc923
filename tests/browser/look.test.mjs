// The look (issue 7): screenshots at 360 px and 1280 px in both themes, kept as artefacts in
// tests/browser/artifacts/, with nothing overflowing horizontally; the facet drawer on phones.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, openPage, root, distRoot } from "./harness.mjs";

let server, browser;
const artifacts = path.join(root, "tests/browser/artifacts");
before(async () => { fs.mkdirSync(artifacts, { recursive: true }); server = await serve(distRoot); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const width of [360, 1280]) {
  for (const scheme of ["light", "dark"]) {
    for (const [name, route] of [["explore", "?q=atelier"], ["timeline", "timeline"], ["item", "entry/nec-hauts-de-france-2023"], ["calls", "calls"]]) {
      test(`${name} at ${width} px in ${scheme}: nothing overflows`, async () => {
        const page = await openPage(browser, { viewport: { width, height: 800 }, colorScheme: scheme });
        await page.goto(server.base + route);
        await page.locator("main h1, main h2").first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await page.screenshot({ path: path.join(artifacts, `${name}-${width}-${scheme}.png`), fullPage: true });
        assert.equal(overflow, 0, `${overflow}px of horizontal overflow`);
      });
    }
  }
}

test("on a phone the filters fold into a drawer", async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 800 } });
  await page.goto(server.base);
  await page.locator(".result-list > li").first().waitFor();
  const drawer = page.getByRole("complementary", { name: "Filtres" });
  assert.equal(await drawer.isVisible(), false);
  const toggle = page.getByRole("button", { name: "Filtres" });
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  await drawer.getByRole("group", { name: "Type" }).getByLabel(/Entretien/).check();
  await page.waitForURL(/type=interview/, { waitUntil: "commit" });
});

test("a web manifest and a favicon ship with the app", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  const manifest = await page.locator('link[rel="manifest"]').getAttribute("href");
  const response = await page.request.get(new URL(manifest, page.url()).href);
  assert.equal(response.status(), 200);
  assert.equal((await response.json()).short_name, "Communs");
  const icon = await page.request.get(new URL("favicon.svg", page.url()).href);
  assert.equal(icon.status(), 200);
});

// A page of results is twenty cards: each is laid out at once, so nothing below them moves when
// the visitor reaches it. (Cards laid out only when scrolled to grew from an estimate as they
// came into view, and a tap on the footer could land where a link had just been.)
test("on a phone, scrolling down to the footer leaves its links where they are", async () => {
  const page = await openPage(browser, { viewport: { width: 390, height: 800 } });
  await page.goto(server.base);
  await page.locator("footer").getByRole("link", { name: "Plan du site" }).waitFor();
  // Where the link is the moment the visitor lands on it, then over the next frames.
  const positions = await page.evaluate(async () => {
    const link = [...document.querySelectorAll("footer a")].find((a) => a.textContent === "Plan du site" && a.offsetParent);
    link.scrollIntoView();
    const seen = [];
    for (let frame = 0; frame < 10; frame += 1) {
      seen.push(Math.round(link.getBoundingClientRect().y));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return seen;
  });
  assert.equal(new Set(positions).size, 1, `the link moved: ${positions.join(", ")}`);
});
