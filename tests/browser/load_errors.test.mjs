// Without its dataset the app says so in French and offers a retry that works.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { serve, launch, openPage, shippedEntries, delayDataset, distRoot } from "./harness.mjs";

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
    // Meanwhile the written page's controls, which need the app, are out of the way: only the
    // search box (a form) and the notice's retry remain.
    const dead = await page.locator("#page-ecrite :is(button, select, textarea, input:not([type=search])):visible:not(:is(.charts, #page-ecrite-alerte) *)")
      .evaluateAll((controls) => controls.map((c) => c.outerHTML.slice(0, 80)));
    assert.deepEqual(dead, []);
    await page.unroute("**/data/commons.json");
    await retry.click();
    // The app takes the written page's place, with the data, and the focus on the content.
    await page.locator("#page-ecrite").waitFor({ state: "detached" });
    await page.getByText(`${shippedEntries().length} résultats`, { exact: true }).waitFor();
    assert.equal(await page.getByRole("alert").count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "contenu");
    assert.ok(await page.getByRole("button", { name: /Thème|English/ }).first().isVisible());
  });
}

test("a host that serves no dataset keeps the written page readable, with the error and its retry button on top", async () => {
  const bare = await serve(distRoot, "/", { hide: ["data/commons.json"] });
  try {
    const page = await openPage(browser);
    await page.goto(bare.base);
    const alert = page.getByRole("alert");
    await alert.getByText("Les données sont introuvables sur le serveur (erreur 404).").waitFor();
    await alert.getByRole("button", { name: "Réessayer" }).waitFor();
    // The entries the page was written with are still there to read and follow.
    const written = page.locator("#page-ecrite .result-list > li");
    assert.equal(await written.count(), 20);
    assert.ok(await written.first().getByRole("heading").isVisible());
    // The notice sits above the list, within the main content, after its main heading.
    const [alertTop, listTop] = await Promise.all([alert.boundingBox(), page.locator("#page-ecrite .result-list").boundingBox()]);
    assert.ok(alertTop.y < listTop.y);
    const headings = await page.locator("#page-ecrite main").getByRole("heading").evaluateAll((hs) => hs.map((h) => h.tagName));
    assert.equal(headings[0], "H1");
    assert.equal(await page.locator("main").filter({ visible: true }).getByRole("alert").count(), 1);
    // A word typed now is not promised a search that cannot come.
    await page.locator("#page-ecrite #recherche").fill("wikipedia");
    assert.equal(await page.getByText("La recherche démarre dans un instant", { exact: false }).isVisible(), false);
  } finally {
    await bare.close();
  }
});

test("without its dataset, an entry's written page stays, and a page that needs no data is taken over as usual", async () => {
  const bare = await serve(distRoot, "/", { hide: ["data/commons.json"] });
  try {
    const page = await openPage(browser);
    const [first] = shippedEntries();
    await page.goto(`${bare.base}entry/${first.id}/`);
    await page.getByRole("alert").getByRole("button", { name: "Réessayer" }).waitFor();
    assert.ok(await page.getByRole("heading", { level: 1, name: first.title }).isVisible());
    await page.goto(`${bare.base}accessibilite/`);
    await page.locator("#page-ecrite").waitFor({ state: "detached" });
    await page.getByRole("heading", { level: 1 }).waitFor();
    assert.equal(await page.getByRole("alert").count(), 0);
  } finally {
    await bare.close();
  }
});

test("a 5-second delay keeps the page written at build time on screen, then the app takes over", async () => {
  const page = await openPage(browser, { beforeTakeover: true });
  await delayDataset(page, 5000);
  const started = Date.now();
  await page.goto(server.base);
  const count = `${shippedEntries().length} résultats`;
  // The entries are on screen at once, from the page itself; no loading line.
  await page.getByText(count, { exact: true }).waitFor();
  assert.ok(Date.now() - started < 5000);
  assert.equal(await page.locator("#page-ecrite .result-list > li").count(), 20);
  assert.equal(await page.getByRole("status").filter({ hasText: "Chargement des données…" }).count(), 0);
  await page.locator("#page-ecrite").waitFor({ state: "detached", timeout: 15000 });
  assert.ok(Date.now() - started >= 5000);
  await page.getByText(count, { exact: true }).waitFor();
  assert.deepEqual(page.problems, []);
});

test("a 5-second delay on an address the build did not write shows the loading state, then the data", async () => {
  const page = await openPage(browser);
  await delayDataset(page, 5000);
  const [first] = shippedEntries();
  // As for an entry added after the build: the host has no page for it and answers 404.html.
  const address = `${server.base}entry/${first.id}/`;
  await page.route(address, (route) => route.fulfill({ status: 404, path: path.join(distRoot, "404.html") }));
  await page.goto(address);
  await page.getByRole("status").filter({ hasText: "Chargement des données…" }).waitFor();
  await page.getByRole("heading", { level: 1, name: first.title }).waitFor({ timeout: 15000 });
  // The page itself came with a 404 status, which the console reports; nothing else.
  assert.deepEqual(page.problems.filter((p) => !p.includes("status of 404")), []);
});
