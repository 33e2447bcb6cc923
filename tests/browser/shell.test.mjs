// The app shell: the three views, an item page and the 404 view, in a release build.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, shippedEntries, distRoot } from "./harness.mjs";

let server, browser;
before(async () => { server = await serve(distRoot); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test("Explore lists every entry of the shipped dataset", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  const count = shippedEntries().length;
  await page.getByText(`${count} résultats`, { exact: true }).waitFor();
  assert.equal(await page.locator("header .brand-name").textContent(), "Communs");
  assert.equal(await page.locator(".result-list > li").count(), Math.min(count, 20));
  assert.deepEqual(page.problems, []);
});

test("the header reaches Timeline, Calls and back to Explore", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  await nav.getByRole("link", { name: "Frise chronologique" }).click();
  await page.getByRole("heading", { level: 1, name: "Frise chronologique" }).waitFor();
  await page.getByRole("heading", { level: 2, name: "2024" }).waitFor();
  assert.match(page.url(), /\/timeline$/);
  await nav.getByRole("link", { name: "Appels à contribution" }).click();
  await page.getByRole("heading", { level: 1, name: "Appels à contribution" }).waitFor();
  const write = page.getByRole("link", { name: "Écrire à info@cnnumerique.fr" });
  assert.match(await write.getAttribute("href"), /^mailto:info@cnnumerique\.fr\?subject=/);
  await nav.getByRole("link", { name: "Explorer", exact: true }).click();
  await page.locator(".result-list > li").first().waitFor();
  assert.equal(await nav.getByRole("link", { name: "Explorer", exact: true }).getAttribute("aria-current"), "page");
  assert.deepEqual(page.problems, []);
});

test("a result opens its item page, and back returns to the results", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  const first = page.locator(".result-list .card-title a").first();
  const title = (await first.textContent()).trim();
  await first.click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  assert.match(page.url(), /\/entry\/[a-z0-9-]+$/);
  await page.getByRole("link", { name: "Proposer une correction" }).waitFor();
  await page.goBack();
  await page.locator(".result-list > li").first().waitFor();
  assert.deepEqual(page.problems, []);
});

test("an unknown route shows the 404 view inside the app", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  await page.locator(".result-list > li").first().waitFor();
  await page.evaluate(() => { history.pushState(null, "", "nulle-part"); dispatchEvent(new PopStateEvent("popstate")); });
  await page.getByRole("heading", { name: "Page introuvable" }).waitFor();
});
