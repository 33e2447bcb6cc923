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

// A phone's first screen: the search box whole, and on Lighthouse's mobile screen the first
// result's kind and date, with the app running and on the written page alone (JavaScript off).
// Before, the pillars' cards pushed the box 1.6 screens down. At 320 px nothing overflows.
for (const javaScriptEnabled of [true, false]) {
  for (const [width, height, firstResult] of [[360, 740, false], [390, 844, false], [412, 823, true]]) {
    test(`on a ${width}×${height} phone${javaScriptEnabled ? "" : " without JavaScript"}, the first screen shows the search box${firstResult ? " and the first result" : ""}`, async () => {
      const page = await openPage(browser, { viewport: { width, height }, isMobile: true, hasTouch: true, javaScriptEnabled });
      await page.goto(server.base);
      const field = await page.getByRole("searchbox", { name: "Rechercher" }).boundingBox();
      assert.ok(field.y + field.height <= height, `the search box ends at ${Math.round(field.y + field.height)} px, below the first screen (${height} px)`);
      const meta = await page.locator(".result-list > li .card-meta").first().boundingBox();
      if (firstResult) assert.ok(meta.y + meta.height <= height, `the first result's kind and date end at ${Math.round(meta.y + meta.height)} px, below the first screen (${height} px)`);
      // The pillars scroll sideways inside their row; the page itself never does.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${overflow}px of horizontal overflow`);
    });
  }
}

test("on a 320 px screen, the home overflows nowhere, with and without JavaScript", async () => {
  for (const javaScriptEnabled of [true, false]) {
    const page = await openPage(browser, { viewport: { width: 320, height: 568 }, isMobile: true, javaScriptEnabled });
    await page.goto(server.base);
    await page.locator(".result-list > li").first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `JavaScript ${javaScriptEnabled ? "on" : "off"}: ${overflow}px of horizontal overflow`);
  }
});

// Without JavaScript the written pages show no control that would do nothing: the search box
// submits as a form, links work, the charts' bars stay for their counts.
for (const [route, width] of [["", 412], ["", 1280], ["timeline/", 1280], ["calls/", 412], ["contribuer/", 1280]]) {
  test(`without JavaScript, /${route} at ${width} px shows no button, menu or box that needs it`, async () => {
    const page = await openPage(browser, { viewport: { width, height: 800 }, javaScriptEnabled: false });
    await page.goto(server.base + route);
    await page.locator("main h1").first().waitFor();
    const dead = await page.locator("#page-ecrite :is(button, select, textarea, input:not([type=search])):visible:not(.charts *)").evaluateAll((controls) => controls.map((c) => c.outerHTML.slice(0, 80)));
    assert.deepEqual(dead, []);
  });
}

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
