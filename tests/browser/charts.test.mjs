// Charts that filter (issue 23): on Explore, the counts per pillar, kind and year are bar
// charts whose bars are toggle buttons. A bar sets the same filter as its facet's box, and the
// charts read the facets' own counts, so the two always agree, whatever else is filtered.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, shippedEntries, distRoot } from "./harness.mjs";

let server, browser;
before(async () => { server = await serve(distRoot); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const chart = (page, name) => page.getByRole("list", { name });
const facet = (page, name) => page.getByRole("group", { name });

/** A chart's bars as { label: count }, read from what the buttons show. */
async function bars(page, name) {
  return Object.fromEntries(await chart(page, name).getByRole("button").evaluateAll((buttons) =>
    buttons.map((b) => [b.querySelector(".chart-label").textContent, Number(b.querySelector(".chart-count").textContent.replace(/\D/g, ""))])));
}

/** A facet's rows as { label: count }. */
async function rows(page, name) {
  return Object.fromEntries(await facet(page, name).locator("label").evaluateAll((labels) =>
    labels.map((l) => [l.querySelector(".facet-value").textContent, Number(l.querySelector(".facet-count").textContent.replace(/\D/g, ""))])));
}

test("the charts count the shipped data per pillar, kind and year, as the facets do", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  await chart(page, "Entrées par pilier").waitFor();
  const entries = shippedEntries();
  const kinds = await bars(page, "Entrées par type");
  assert.equal(kinds["Entretien"], entries.filter((e) => e.kind === "interview").length);
  assert.equal(Object.values(await bars(page, "Entrées par pilier")).reduce((a, b) => a + b, 0), entries.length);
  const years = await bars(page, "Entrées par année");
  assert.deepEqual(Object.keys(years), Object.keys(years).sort(), "years read oldest first");
  assert.deepEqual(await bars(page, "Entrées par type"), await rows(page, "Type"));
  assert.deepEqual(await bars(page, "Entrées par année"), await rows(page, "Année"));
  // Each bar is drawn to its count's share of the longest: the longest fills its track.
  const widths = await chart(page, "Entrées par type").locator(".chart-bar").evaluateAll((buttons) =>
    buttons.map((b) => b.querySelector(".chart-fill").getBoundingClientRect().width / b.querySelector(".chart-track").getBoundingClientRect().width));
  assert.ok(Math.abs(Math.max(...widths) - 1) < 0.01, `${widths}`);
  const counts = Object.values(kinds);
  widths.forEach((w, i) => assert.ok(Math.abs(w - counts[i] / Math.max(...counts)) < 0.02, `bar ${i}: ${w}`));
  assert.deepEqual(page.problems, []);
});

test("a bar sets its facet's filter, and the other charts follow the results, agreeing with their facets", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  const interviews = shippedEntries().filter((e) => e.kind === "interview");
  const bar = chart(page, "Entrées par type").getByRole("button", { name: /^Entretien/ });
  await bar.click();
  await page.getByText(`${interviews.length} résultats`, { exact: true }).waitFor();
  assert.equal(await bar.getAttribute("aria-pressed"), "true");
  assert.equal(await facet(page, "Type").getByRole("checkbox", { name: /Entretien/ }).isChecked(), true);
  assert.match(page.url(), /type=interview/);
  const pillars = await bars(page, "Entrées par pilier");
  assert.equal(Object.values(pillars).reduce((a, b) => a + b, 0), interviews.length);
  assert.deepEqual(pillars, await rows(page, "Pilier"));
  assert.deepEqual(await bars(page, "Entrées par année"), await rows(page, "Année"));
  // The facet's box and the bar are one filter: unticking the box releases the bar.
  await facet(page, "Type").getByRole("checkbox", { name: /Entretien/ }).uncheck();
  await page.getByText(`${shippedEntries().length} résultats`, { exact: true }).waitFor();
  assert.equal(await bar.getAttribute("aria-pressed"), "false");
  assert.deepEqual(page.problems, []);
});

test("a keyboard visitor presses a bar with Space and keeps the focus on it", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  const bar = chart(page, "Entrées par pilier").getByRole("button", { name: /^Contribuer/ });
  await bar.focus();
  await page.keyboard.press("Space");
  const expected = shippedEntries().filter((e) => e.pillar === "contribuer").length;
  await page.getByText(`${expected} résultat${expected > 1 ? "s" : ""}`, { exact: true }).waitFor();
  assert.equal(await bar.getAttribute("aria-pressed"), "true");
  assert.equal(await bar.evaluate((b) => b === document.activeElement), true, "the focus stays on the bar");
  await page.keyboard.press("Enter");
  await page.getByText(`${shippedEntries().length} résultats`, { exact: true }).waitFor();
  assert.equal(await bar.getAttribute("aria-pressed"), "false");
});

test("on a phone the charts fold into the filters panel", async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 740 } });
  await page.goto(server.base);
  await page.locator(".result-list > li").first().waitFor();
  assert.equal(await chart(page, "Entrées par pilier").isVisible(), false);
  await page.getByRole("button", { name: "Filtres" }).click();
  await chart(page, "Entrées par pilier").waitFor({ state: "visible" });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no horizontal scroll: ${width}px`);
});
