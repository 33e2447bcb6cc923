// Browser half of `cargo xtask bench`: serves the release build and the peer page, loads each
// dataset, and measures ours and the peer in the same headless Chromium. Prints nothing but
// progress; writes raw figures to the config's output file.
import fs from "node:fs";
import path from "node:path";
import http from "node:http";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { chromium } = require(path.join(root, "tools/node_modules/playwright-core"));
const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
// Facet toggles per run: with 20, the p95 was the slowest toggle; 50 give a p95 that is one
// (the 48th of 50), like the keystrokes.
const TOGGLES = 50;
const WORDS = ["atelier", "logiciel libre", "wikipédia", "données", "lyon", "conférence", "marseille", "souveraineté", "martin"];

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml" };
function serve(dataFile) {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file;
    if (url === "/data/commons.json") file = dataFile;
    else if (url.startsWith("/node_modules/")) file = path.join(root, "tools", url);
    else if (url.startsWith("/bench/")) file = path.join(root, url);
    else file = path.join(config.dist, url.endsWith("/") ? `${url}index.html` : url);
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ base: `http://127.0.0.1:${server.address().port}`, close: () => { server.close(); server.closeAllConnections(); } })));
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { median: at(0.5), min: sorted[0], max: sorted[sorted.length - 1], p50: at(0.5), p95: at(0.95) };
};
const summary = (runs) => ({ median: stats(runs).median, min: stats(runs).min, max: stats(runs).max });

// In-page helpers: an update is measured until the next task after the input, with layout forced.
const IN_PAGE = `
  window.__settle = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => { document.body.offsetHeight; r(); }; c.port2.postMessage(0); });
  window.__type = async (words) => {
    const input = document.getElementById("recherche");
    const times = [];
    for (const word of words) {
      input.value = ""; input.dispatchEvent(new Event("input", { bubbles: true })); await __settle();
      for (const ch of word) {
        const t0 = performance.now();
        input.value += ch;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await __settle();
        times.push(performance.now() - t0);
      }
    }
    input.value = ""; input.dispatchEvent(new Event("input", { bubbles: true })); await __settle();
    return times;
  };
  window.__toggle = async (click, times) => {
    const out = [];
    for (let i = 0; i < times; i++) { const t0 = performance.now(); click(); await __settle(); out.push(performance.now() - t0); }
    return out;
  };
`;

// The first result list's paint: a mutation observer, installed before the page's own scripts,
// sees the first result appear and takes the time in the next animation frame (the frame that
// paints it), so that work the page queues after that paint is not counted in it.
const PAINT_PROBE = () => {
  window.__listPainted = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(".result-list > li")) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
};

async function waitList(page) {
  return page.evaluate(() => window.__listPainted);
}

async function measureOurs(browser, base, runs, keystrokes, entries) {
  const figures = { ttc: [], fetch: [], parse_validate: [], index: [], first_render: [], search_index: [], search_p50: [], search_p95: [], facet_p50: [], facet_p95: [], timeline: [], timeline_drawn: [], timeline_jump: [], js_heap: [], wasm_memory: [] };
  const words = [];
  for (let i = 0; words.join("").length < keystrokes; i++) words.push(WORDS[i % WORDS.length]);
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.addInitScript(PAINT_PROBE);
    await page.goto(`${base}/`, { timeout: 120000 });
    const painted = await waitList(page);
    // The word index is built just after the first paint; memory is read once it is there.
    // Waited for in the page's own script: Playwright's `waitForFunction` would first put its
    // injected script in the page's JS heap (about 0.5 MB, counted as ours until 2026-11-29).
    await page.evaluate(() => new Promise((resolve, reject) => {
      const giveUp = performance.now() + 120000;
      const ready = () => {
        if (performance.getEntriesByName("communs:search-ready").length > 0) resolve();
        else if (performance.now() > giveUp) reject(new Error("the word index was not ready after 2 minutes"));
        else setTimeout(ready, 5);
      };
      ready();
    }));
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime])));
    const mark = (n) => marks[`communs:${n}`];
    figures.ttc.push(painted);
    figures.fetch.push(mark("fetched") - mark("fetch-start"));
    figures.parse_validate.push(mark("validated") - mark("fetched"));
    figures.index.push(mark("indexed") - mark("validated"));
    figures.first_render.push(painted - mark("indexed"));
    figures.search_index.push(mark("search-ready") - mark("search-start"));
    const wasm = Object.keys(marks).find((k) => k.startsWith("communs:wasm-memory:"));
    figures.wasm_memory.push(Number(wasm?.split(":").pop() ?? 0));
    figures.js_heap.push(await jsHeap(context, page));
    await page.evaluate(IN_PAGE);
    const typed = stats(await page.evaluate((w) => __type(w), words));
    figures.search_p50.push(typed.p50);
    figures.search_p95.push(typed.p95);
    const toggles = stats(await page.evaluate((n) => __toggle(() => document.querySelector(".facet input[type=checkbox]").click(), n), TOGGLES));
    figures.facet_p50.push(toggles.p50);
    figures.facet_p95.push(toggles.p95);
    // The issue measures the timeline at 10k. First paint: the first months are there; drawn:
    // what the timeline draws without waiting for the visitor (2,000 entries or so, a few hundred
    // per frame: its `timeline-drawn` mark); jump: from a click on the month strip's oldest
    // month to that month's entries laid out (months far down are drawn as they are reached).
    if (entries > 10000) { await context.close(); continue; }
    const [timeline, drawn] = await page.evaluate(() => new Promise((resolve) => {
      const t0 = performance.now();
      let first;
      [...document.querySelectorAll("nav a")].find((a) => a.getAttribute("href")?.startsWith("timeline")).click();
      const drawnMark = () => performance.getEntriesByName("communs:timeline-drawn").find((m) => m.startTime > t0);
      const check = () => {
        if (first === undefined && document.querySelector(".timeline .year")) { document.body.offsetHeight; first = performance.now() - t0; }
        if (first !== undefined && drawnMark()) {
          document.body.offsetHeight;
          resolve([first, performance.now() - t0]);
        } else setTimeout(check, 1);
      };
      check();
    }));
    const jump = await page.evaluate(() => new Promise((resolve) => {
      const t0 = performance.now();
      document.querySelector(".month-strip rect:not(.empty)").dispatchEvent(new MouseEvent("click", { bubbles: true }));
      const month = document.activeElement;
      const check = () => {
        if (month?.querySelector(".timeline-item")) { document.body.offsetHeight; resolve(performance.now() - t0); } else setTimeout(check, 1);
      };
      check();
    }));
    figures.timeline.push(timeline);
    figures.timeline_drawn.push(drawn);
    figures.timeline_jump.push(jump);
    await context.close();
  }
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, summary(v)]));
}

// JS heap in use after a full garbage collection, as for ours.
async function jsHeap(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  return (await cdp.send("Runtime.getHeapUsage")).usedSize;
}

// What the browser allows: the JS heap of a page with one paragraph and no script, which any
// page at all starts from (the memory target at the smaller datasets is measured against it).
async function measureBlank(browser, base, runs) {
  const heaps = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/bench/blank.html`);
    heaps.push(await jsHeap(context, page));
    await context.close();
  }
  return { js_heap: summary(heaps) };
}

async function measurePeer(browser, base, runs, keystrokes) {
  const figures = { ttc: [], js_heap: [], search_p50: [], search_p95: [], facet_p50: [], facet_p95: [] };
  const words = [];
  for (let i = 0; words.join("").length < keystrokes; i++) words.push(WORDS[i % WORDS.length]);
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(PAINT_PROBE);
    await page.goto(`${base}/bench/peer.html`, { timeout: 120000 });
    figures.ttc.push(await waitList(page));
    // The peer builds its indexes before its first paint: its memory is read then.
    figures.js_heap.push(await jsHeap(context, page));
    await page.evaluate(IN_PAGE);
    const typed = stats(await page.evaluate((w) => __type(w), words));
    figures.search_p50.push(typed.p50);
    figures.search_p95.push(typed.p95);
    const toggles = stats(await page.evaluate((n) => __toggle(() => window.peerToggleFirst(), n), TOGGLES));
    figures.facet_p50.push(toggles.p50);
    figures.facet_p95.push(toggles.p95);
    await context.close();
  }
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, summary(v)]));
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--js-flags=--expose-gc"],
});
const version = browser.version();
const out = { chromium: version, runs: config.runs, keystrokes: config.keystrokes, datasets: {} };
for (const { name, path: file } of config.datasets) {
  process.stdout.write(`bench: ${name} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)… `);
  const server = await serve(file);
  out.blank ??= await measureBlank(browser, server.base, config.runs);
  const entries = JSON.parse(fs.readFileSync(file, "utf8")).entries.length;
  const ours = await measureOurs(browser, server.base, config.runs, config.keystrokes, entries);
  const peer = await measurePeer(browser, server.base, config.runs, config.keystrokes);
  server.close();
  out.datasets[name] = { json_bytes: fs.statSync(file).size, entries, ours, peer };
  console.log("done");
}
await browser.close();
fs.writeFileSync(config.output, JSON.stringify(out, null, 2));
