// A build for /sous/chemin/ works when copied under that path on a plain static server.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
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
  await page.waitForURL(/\/sous\/chemin\/entry\//);
  await page.getByRole("link", { name: "Proposer une correction" }).waitFor();
  await page.getByRole("link", { name: "Explorer" }).click();
  await page.waitForURL(/\/sous\/chemin\/$/);
  await page.locator(".result-list > li").first().waitFor();
  assert.deepEqual(page.problems, []);
});
