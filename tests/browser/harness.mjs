// Browser-test harness: a plain static server (no rewriting, like a bare static host)
// and headless Debian Chromium driven by playwright-core.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { chromium } = require(path.join(root, "tools/node_modules/playwright-core"));

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".ico": "image/x-icon",
  ".xml": "application/xml", ".ics": "text/calendar", ".txt": "text/plain",
};

/** Serves `dir` under `prefix` (e.g. "/sous/chemin/"): files only, folders give their index.html.
 *  Paths in `hide` (relative to the prefix) answer 404, as if they had not been deployed. */
export async function serve(dir, prefix = "/", { hide = [] } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(prefix)) { res.writeHead(404); res.end("not found"); return; }
    rel = rel.slice(prefix.length);
    let file = path.join(dir, rel);
    if (!file.startsWith(dir)) { res.writeHead(403); res.end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!fs.existsSync(file) || hide.includes(rel)) {
      const notFound = path.join(dir, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"] });
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : "not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${server.address().port}${prefix}`;
  // Closing also ends the connections a browser keeps alive: `server.close` alone waits for
  // them, and a test's context that still holds one would hang the run.
  const close = () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); });
  return { base, close };
}

/** Headless Chromium with the flags this machine needs. */
export async function launch() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A page that records console errors and uncaught exceptions into `problems`. Service workers
 *  are blocked unless `options` allow them (offline.test.mjs does): many tests hand the page
 *  another dataset through `page.route`, which a worker's own cache would answer instead. Its
 *  `goto` and `reload` return once the app has taken over, unless `beforeTakeover` is set. */
export async function openPage(browser, { beforeTakeover = false, ...options } = {}) {
  const context = await browser.newContext({ locale: "fr-FR", serviceWorkers: "block", ...options });
  const page = await context.newPage();
  // The app's controls and the page written at build time look alike, and both are in the
  // document for a moment: a test that uses the app waits for the takeover, or a slow machine
  // would have it click the written page's inert controls. Tests of the written page itself say
  // `beforeTakeover`.
  if (!beforeTakeover && options.javaScriptEnabled !== false) {
    for (const load of ["goto", "reload"]) {
      const loadPage = page[load].bind(page);
      page[load] = async (...args) => {
        const response = await loadPage(...args);
        await page.waitForFunction(takenOver, null, { timeout: 30000 });
        return response;
      };
    }
  }
  page.problems = [];
  page.on("console", (msg) => {
    // Playwright's own word when it blocks the app's service worker, not the app's.
    if (msg.text().includes("registration blocked by Playwright")) return;
    if (msg.type() === "error" || msg.type() === "warning") page.problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => page.problems.push(`pageerror: ${err.message}`));
  return page;
}

/** Whether the app has replaced the page written at build time, or will not: it could not
 *  start (`data-app="absente"`, set by the page's loader), or the data could not be loaded (the
 *  written page then holds the notice). True at once on a page written without one. */
function takenOver() {
  const written = document.getElementById("page-ecrite");
  return !written || document.documentElement.dataset.app === "absente" || written.querySelector("#page-ecrite-alerte [role=alert]") !== null;
}

/** Holds the dataset's response back `ms` milliseconds, as a slow network would. */
export function delayDataset(page, ms) {
  return page.route("**/data/commons.json", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

/** Answers the dataset with the shipped entries copied until there are `count` (ids made
 *  unique), as a larger site's would be. */
export function serveCopiesOfDataset(page, count) {
  const shipped = JSON.parse(fs.readFileSync(path.join(root, "public/data/commons.json"), "utf8"));
  const entries = [];
  for (let copy = 0; entries.length < count; copy++) {
    for (const entry of shipped.entries.slice(0, count - entries.length)) {
      entries.push(copy === 0 ? entry : { ...entry, id: `${entry.id}-${copy + 1}` });
    }
  }
  const body = JSON.stringify({ ...shipped, entries });
  return page.route("**/data/commons.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
}

/** The shipped dataset, to compare what the page shows with what the file holds. */
export function shippedEntries() {
  return JSON.parse(fs.readFileSync(path.join(root, "public/data/commons.json"), "utf8")).entries;
}

/** The built site at the host's root, and under `/sous/chemin/` (`cargo xtask test` builds both;
 *  `COMMUNS_DIST_ROOT` and `COMMUNS_DIST_SUB` point a run at other copies). */
export const distRoot = path.resolve(root, process.env.COMMUNS_DIST_ROOT || "target/dist-root");
export const distSub = path.resolve(root, process.env.COMMUNS_DIST_SUB || "target/dist-sub");

/** A count as the French interface writes it: thousands grouped by a narrow no-break space. */
export const frNumber = (n) => n.toLocaleString("fr-FR");

/** The start of the contributor page's French summary: « 38 entrées valides sur 38, 0 erreur ». */
export function checkSummary(valid, total, errors) {
  const counted = (n, one, many) => `${frNumber(n)} ${n <= 1 ? one : many}`;
  return `${counted(valid, "entrée valide", "entrées valides")} sur ${frNumber(total)}, ${counted(errors, "erreur", "erreurs")}`;
}
