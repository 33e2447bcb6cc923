// Without its dataset the app says so in French and offers a retry that works.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, shippedEntries, distRoot } from "./harness.mjs";

let server, browser;
before(async () => { server = await serve(distRoot); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const faults = {
  "a 404": (route) => route.fulfill({ status: 404, body: "not found" }),
  "a 500": (route) => route.fulfill({ status: 500, body: "oops" }),
  "a truncated body": (route) => route.fulfill({ status: 200, contentType: "application/json", body: '{"version": "1", "entries": [' }),
  "an empty body": (route) => route.fulfill({ status: 200, contentType: "application/json", body: "" }),
  "an HTML page instead of JSON": (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><p>hello</p>" }),
};

for (const [name, fault] of Object.entries(faults)) {
  test(`${name} shows the error state, and Retry recovers once the data is back`, async () => {
    const page = await openPage(browser);
    await page.route("**/data/commons.json", fault);
    await page.goto(server.base);
    const alert = page.getByRole("alert");
    await alert.getByRole("heading", { name: "Les données n'ont pas pu être chargées" }).waitFor();
    const retry = alert.getByRole("button", { name: "Réessayer" });
    await page.unroute("**/data/commons.json");
    await retry.click();
    await page.getByText(`${shippedEntries().length} résultats`, { exact: true }).waitFor();
    assert.equal(await page.getByRole("alert").count(), 0);
  });
}

test("a host that serves no dataset shows the error state with its retry button", async () => {
  const bare = await serve(distRoot, "/", { hide: ["data/commons.json"] });
  try {
    const page = await openPage(browser);
    await page.goto(bare.base);
    const alert = page.getByRole("alert");
    await alert.getByText("Les données sont introuvables sur le serveur (erreur 404).").waitFor();
    await alert.getByRole("button", { name: "Réessayer" }).waitFor();
    assert.equal(await page.locator(".result-list > li").count(), 0);
  } finally {
    await bare.close();
  }
});

test("a 5-second delay shows the loading state, then the data", async () => {
  const page = await openPage(browser);
  await page.route("**/data/commons.json", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await route.continue();
  });
  const started = Date.now();
  await page.goto(server.base);
  await page.getByRole("status").filter({ hasText: "Chargement des données…" }).waitFor();
  await page.getByText(`${shippedEntries().length} résultats`, { exact: true }).waitFor({ timeout: 15000 });
  assert.ok(Date.now() - started >= 5000);
  assert.deepEqual(page.problems, []);
});
