// English on demand (issue 7): the switch changes the navigation, <html lang> and the URL, is
// remembered, and French-only data says so.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, shippedEntries, distRoot } from "./harness.mjs";

let server, browser;
before(async () => { server = await serve(distRoot); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test("the language switch changes the navigation, <html lang> and the URL, and is remembered", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  await page.getByRole("navigation", { name: "Navigation principale" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "fr");
  await page.getByRole("button", { name: "Read in English" }).click();
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await nav.getByRole("link", { name: "Timeline" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.match(page.url(), /lang=en/);
  await page.getByText(`${shippedEntries().length} results`, { exact: true }).waitFor();
  await page.getByText("(in French)").first().waitFor();
  // Remembered across a visit without the parameter.
  await page.goto(`${server.base}calls`);
  await page.getByRole("heading", { level: 1, name: "Calls for contributions" }).waitFor();
  await nav.getByRole("link", { name: "Explore", exact: true }).click();
  await page.getByRole("button", { name: "Lire en français" }).click();
  await page.getByRole("navigation", { name: "Navigation principale" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "fr");
  assert.deepEqual(page.problems, []);
});

test("an English browser starts in English; dates read in English", async () => {
  const page = await openPage(browser, { locale: "en-GB" });
  await page.goto(`${server.base}timeline`);
  await page.getByRole("heading", { level: 1, name: "Timeline" }).waitFor();
  await page.getByText("8 November 2023 (year inferred)").waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
});

test("the theme toggle switches to dark and is remembered", async () => {
  const page = await openPage(browser, { colorScheme: "light" });
  await page.goto(server.base);
  const toggle = page.getByRole("button", { name: "Thème sombre" });
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  await toggle.click();
  assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
  await page.reload();
  await page.getByRole("button", { name: "Thème sombre" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, "rgb(21, 23, 26)");
});

test("the first visit follows the system's dark scheme", async () => {
  const page = await openPage(browser, { colorScheme: "dark" });
  await page.goto(server.base);
  const toggle = page.getByRole("button", { name: "Thème sombre" });
  await toggle.waitFor();
  assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
});

test("in English, the address keeps the language after typing a search or choosing a period", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}?lang=en`);
  await page.getByLabel("Search").fill("wikipedia");
  // The URL follows once typing pauses, from a timer: the language must still be in it.
  await page.waitForURL(/q=wikipedia/, { waitUntil: "commit" });
  assert.match(page.url(), /lang=en/);
  await page.goto(`${server.base}timeline?lang=en`);
  await page.locator(".month-strip rect").first().waitFor();
  await page.getByLabel("From").selectOption("2024-01");
  await page.waitForURL(/du=2024-01/, { waitUntil: "commit" });
  assert.match(page.url(), /lang=en/);
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.deepEqual(page.problems, []);
});

test("in English, the skipped entries' reasons read in English", async () => {
  const data = { version: "1", updated: "2025-01-01", entries: shippedEntries() };
  data.entries.push({ id: "mauvais-type", kind: "evnt", title: "Type inconnu", summary: "x", pillar: "contribuer" });
  const page = await openPage(browser);
  await page.route("**/data/commons.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(data) }));
  await page.goto(`${server.base}?lang=en`);
  const notice = page.getByRole("status", { name: "Skipped entries" });
  await notice.getByText("1 entry skipped").click();
  await notice.getByText(/unknown value "evnt"/).waitFor();
  assert.doesNotMatch(await notice.textContent(), /valeur inconnue/);
  assert.deepEqual(page.problems, []);
});
