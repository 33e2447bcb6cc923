// Offline after one visit (issue 22): the service worker that `dist` writes keeps the site
// usable with no network (the network switched off through the DevTools protocol, and the
// server itself stopped), at the host's root and under a sub-path; and a new build is offered
// with "Une nouvelle version est disponible", never shown silently.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve, launch, openPage, distRoot, distSub } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Visits `url` and waits until the service worker caches the site and runs the page. */
async function firstVisit(page, url) {
  await page.goto(url);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === "activated", null, { timeout: 60000 });
}

/** No network: the page's requests fail (DevTools protocol), and the server is gone too. */
async function cutTheNetwork(page, server) {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Network.enable");
  await devtools.send("Network.emulateNetworkConditions", { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await server.close();
}

/** The service worker runs, as in a visitor's browser (the harness blocks it elsewhere). */
const WORKERS = { serviceWorkers: "allow" };

const results = (page) => page.locator(".result-list > li");

test("after one visit, with no network, the main views, a visited page and any entry page show, and search works", async (t) => {
  const server = await serve(distRoot);
  t.after(() => server.close());
  const page = await openPage(browser, WORKERS);
  await firstVisit(page, server.base);
  await page.goto(server.base + "organisation/wikimedia-france");
  await page.getByRole("heading", { level: 1, name: "Wikimédia France" }).waitFor();
  await cutTheNetwork(page, server);

  await page.goto(server.base);
  await page.getByRole("heading", { level: 1, name: "Explorer les communs numériques" }).waitFor();
  assert.equal(await results(page).count(), 20);
  await page.getByRole("searchbox").fill("mastodon");
  await page.getByRole("link", { name: "Le compte Mastodon du Conseil" }).waitFor();
  assert.ok((await results(page).count()) < 20, "the search narrows the list offline");
  await page.getByRole("checkbox", { name: /Appel à contribution/ }).first().check();
  await page.getByRole("link", { name: "Suivez le Conseil sur Mastodon et PeerTube" }).waitFor();

  await page.goto(server.base + "timeline");
  await page.getByRole("heading", { level: 1, name: "Frise chronologique" }).waitFor();
  await page.getByText("Premier atelier de contribution à Wikipédia").first().waitFor();
  await page.goto(server.base + "calls/");
  await page.getByRole("link", { name: "Envoyez vos événements pour la carte uMap" }).first().waitFor();
  await page.goto(server.base + "organisation/wikimedia-france/");
  await page.getByRole("heading", { level: 1, name: "Wikimédia France" }).waitFor();
  // Never visited: the cached shell boots the app, which shows the entry from the cached data.
  await page.goto(server.base + "entry/carte-umap/?lang=fr");
  await page.getByRole("heading", { level: 1, name: "Une carte uMap pour une vision dans l'espace" }).waitFor();
  await page.getByRole("link", { name: "Explorer" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Explorer les communs numériques" }).waitFor();
  assert.deepEqual(page.problems.filter((p) => !p.includes("ERR_INTERNET_DISCONNECTED")), []);
});

test("under a sub-path the worker caches the site's own pages, and an entry shows offline", async (t) => {
  const server = await serve(distSub, "/sous/chemin/");
  t.after(() => server.close());
  const page = await openPage(browser, WORKERS);
  await firstVisit(page, server.base + "timeline/");
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(new URL(scope).pathname, "/sous/chemin/");
  await cutTheNetwork(page, server);
  await page.goto(server.base + "entry/agenda-framagenda/");
  await page.getByRole("heading", { level: 1, name: "L'agenda du Conseil sur Framagenda" }).waitFor();
  await page.goto(server.base);
  await page.getByRole("heading", { level: 1, name: "Explorer les communs numériques" }).waitFor();
  assert.equal(await results(page).count(), 20);
});

test("a new build is announced, and shown only when the visitor reloads into it", async (t) => {
  // A copy of the site, rebuilt below with a changed dataset. (That a changed dataset or app
  // changes the worker's version is a unit test of xtask's service_worker.rs.)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "communs-offline-"));
  fs.cpSync(distRoot, dir, { recursive: true });
  const server = await serve(dir);
  t.after(async () => { await server.close(); fs.rmSync(dir, { recursive: true, force: true }); });
  const page = await openPage(browser, WORKERS);
  await firstVisit(page, server.base);
  const oldTitle = "Quelles politiques publiques pour les communs numériques ?";
  const newTitle = "Quelles politiques publiques pour les communs numériques en 2027 ?";
  await page.getByRole("link", { name: oldTitle }).waitFor();

  const data = path.join(dir, "data/commons.json");
  fs.writeFileSync(data, fs.readFileSync(data, "utf8").replace(`"title": "${oldTitle}"`, `"title": "${newTitle}"`));
  assert.ok(fs.readFileSync(data, "utf8").includes(newTitle), "the test changed the dataset");
  for (const copy of ["data/commons.json.br", "data/commons.json.gz"]) fs.rmSync(path.join(dir, copy), { force: true });
  const worker = path.join(dir, "sw.js");
  fs.writeFileSync(worker, fs.readFileSync(worker, "utf8").replace(/const VERSION = "[0-9a-f]+";/, 'const VERSION = "rebuilt";'));

  // The visitor comes back: the page they knew shows at once, and the new build is offered.
  await page.reload();
  await page.getByRole("link", { name: oldTitle, exact: true }).waitFor();
  // Said in a live region, which screen readers read out as it appears.
  await page.getByRole("status").getByText("Une nouvelle version est disponible.").waitFor({ timeout: 60000 });
  assert.equal(await page.getByRole("link", { name: newTitle }).count(), 0, "nothing changes before the visitor asks");
  await page.getByRole("button", { name: "Recharger" }).click();
  await page.getByRole("link", { name: newTitle }).waitFor();
  assert.equal(await page.getByText("Une nouvelle version est disponible.").count(), 0);
  assert.deepEqual(page.problems, []);
});
