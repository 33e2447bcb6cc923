// Browser half of `cargo xtask bench`: serves the release build and the peer page, loads each
// dataset, and measures ours and the peer in the same headless Chromium: on the desktop, and for
// the datasets marked `mobile`, in the mobile profile (throttled, brotli, cold loads). Prints
// nothing but progress and what went wrong; writes raw figures to the config's output file.
import fs from "node:fs";
import path from "node:path";
import http from "node:http";
import zlib from "node:zlib";
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

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".xml": "application/xml", ".webmanifest": "application/manifest+json" };
const compressible = new Set([".html", ".js", ".wasm", ".css", ".json", ".svg", ".xml", ".webmanifest"]);

// A file's brotli copy, as a host serves it: the `.br` that dist wrote beside it when it is
// there and not older than the file, otherwise compressed here once (quality 11, 4 MB window:
// dist's settings) and kept, as a host compresses and caches a page or a data file.
const brotliCopies = new Map();
function brotli(file) {
  const stat = fs.statSync(file);
  const copy = `${file}.br`;
  if (fs.existsSync(copy) && fs.statSync(copy).mtimeMs >= stat.mtimeMs) return fs.readFileSync(copy);
  const key = `${file}:${stat.mtimeMs}`;
  if (!brotliCopies.has(key)) {
    const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_LGWIN, BROTLI_PARAM_SIZE_HINT } = zlib.constants;
    brotliCopies.set(key, zlib.brotliCompressSync(fs.readFileSync(file), { params: { [BROTLI_PARAM_QUALITY]: 11, [BROTLI_PARAM_LGWIN]: 22, [BROTLI_PARAM_SIZE_HINT]: stat.size } }));
  }
  return brotliCopies.get(key);
}

// Serves dist, the peer page and `dataFile` as /data/commons.json. With `compress`, what can be
// compressed goes out in brotli (Content-Encoding: br) to a browser that accepts it.
function serve(dataFile, { compress = false } = {}) {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file;
    if (url === "/data/commons.json") file = dataFile;
    else if (url.startsWith("/node_modules/")) file = path.join(root, "tools", url);
    else if (url.startsWith("/bench/")) file = path.join(root, url);
    else file = path.join(config.dist, url.endsWith("/") ? `${url}index.html` : url);
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
    const headers = { "content-type": types[path.extname(file)] ?? "application/octet-stream" };
    if (compress && compressible.has(path.extname(file)) && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
      const body = brotli(file);
      res.writeHead(200, { ...headers, "content-encoding": "br", "vary": "Accept-Encoding", "content-length": body.length });
      res.end(body);
      return;
    }
    res.writeHead(200, headers);
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

// The mobile profile: a mid-range phone on a slow 4G link, the figures of Lighthouse's mobile
// run. Network and CPU are throttled through the DevTools protocol (the latency is added to
// each request, there is no TCP slow start), the host sends brotli, and each figure is a cold
// load: a new context, so no cache and no open connection.
const MOBILE = {
  latency_ms: 150,
  down_kbit_s: 1600,
  up_kbit_s: 750,
  cpu_slowdown: 4,
  // Lighthouse's mobile screen.
  screen: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  // Typed as a visitor on a phone would, without the accent.
  word: "wikipedia",
  // A figure not reached by then (in the page's time) is reported as missed.
  timeout_ms: 60000,
};
// An entry's title in the result list, whoever put it there: the app, or HTML prerendered at
// build time. Ours is `li > article > h3.card-title`, the peer's `li > h3.card-title`.
const ENTRY_TITLE = ".result-list > li :is(h2, h3)";

// In the page, installed before anything of the page runs. Each frame (in requestAnimationFrame:
// the frame that paints what is there, never before the stylesheets that block rendering) looks
// for entry titles that are rendered and visible, and takes the first one's time from navigation
// start. With a word, it types it into the search field in the first frame that shows the field
// (one input event, as a paste or a fast typist), and takes the time when the list shows
// `expected`, the titles the same word gives on a page that has finished loading.
const MOBILE_PROBE = ({ selector, word, expected, timeout }) => {
  const shown = () => [...document.querySelectorAll(selector)]
    .filter((title) => title.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && title.textContent.trim() !== "")
    .map((title) => title.textContent.trim());
  window.__shownTitles = shown;
  const figures = {};
  let done;
  window.__mobile = new Promise((resolve) => { done = resolve; });
  setTimeout(() => done(figures), timeout);
  const frame = () => {
    const now = performance.now();
    if (figures.first_entry === undefined && shown().length > 0) figures.first_entry = now;
    if (word !== undefined && figures.field_shown === undefined) {
      const field = document.getElementById("recherche");
      if (field?.checkVisibility()) {
        field.value = word;
        field.dispatchEvent(new Event("input", { bubbles: true }));
        figures.field_shown = now;
      }
    }
    if (figures.field_shown !== undefined && shown().join("\n") === expected) figures.answered = performance.now();
    if (figures.first_entry !== undefined && (word === undefined || figures.answered !== undefined)) done(figures);
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

// Throttles `page` to the mobile profile and counts what crosses the network: for each
// response, its encoded bytes (headers included, as the DevTools protocol counts them).
async function throttle(context, page) {
  const cdp = await context.newCDPSession(page);
  const responses = new Map();
  cdp.on("Network.responseReceived", ({ requestId, response }) => {
    if (!response.url.startsWith("http")) return;
    const encoding = Object.entries(response.headers).find(([k]) => k.toLowerCase() === "content-encoding")?.[1] ?? "";
    responses.set(requestId, { path: new URL(response.url).pathname, encoding, bytes: 0 });
  });
  cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    const response = responses.get(requestId);
    if (response) response.bytes = encodedDataLength;
  });
  const network = (latency, down, up) => cdp.send("Network.emulateNetworkConditions", { offline: false, latency, downloadThroughput: down, uploadThroughput: up });
  await cdp.send("Network.enable");
  await network(MOBILE.latency_ms, (MOBILE.down_kbit_s * 1000) / 8, (MOBILE.up_kbit_s * 1000) / 8);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: MOBILE.cpu_slowdown });
  return {
    responses: () => [...responses.values()],
    release: async () => { await network(0, -1, -1); await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 }); },
  };
}

// What the same word gives once the page has loaded, unthrottled: typed, then read when the
// list is no longer busy and the same titles are there twice 250 ms apart. Undefined, and said,
// when the list does not change: the typed loads then have nothing to wait for.
async function answerOf(page, word) {
  const found = await page.evaluate(async ({ word, timeout }) => {
    const before = __shownTitles().join("\n");
    const field = document.getElementById("recherche");
    if (!field) return { why: "no search field (#recherche)" };
    field.value = word;
    field.dispatchEvent(new Event("input", { bubbles: true }));
    const giveUp = performance.now() + timeout;
    let last;
    while (performance.now() < giveUp) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const now = __shownTitles().join("\n");
      if (document.querySelector(".result-list[aria-busy]")) last = undefined;
      else if (now !== before && now === last) return { titles: now };
      else last = now;
    }
    return { why: `the list of entry titles did not change within ${timeout / 1000} s` };
  }, { word, timeout: MOBILE.timeout_ms });
  if (found.why) console.log(`\nbench: mobile, ${page.url()}: typing "${word}" on a loaded page: ${found.why}`);
  return found.titles;
}

// One cold load of `url` in the mobile profile. Without a word: the first entry's time, the
// bytes transferred once the network is idle, and, with `reference`, what the word gives. With a
// word: the time the list answers it. With `javaScript: false`: how many entry titles show.
async function coldLoad(browser, url, { word, expected, reference = false, javaScript = true } = {}) {
  const context = await browser.newContext({ ...MOBILE.screen, locale: "fr-FR", javaScriptEnabled: javaScript });
  try {
    const page = await context.newPage();
    const network = await throttle(context, page);
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    if (!javaScript) {
      await page.goto(url, { timeout: 120000 });
      return { titles: await page.locator(ENTRY_TITLE).filter({ visible: true }).count(), errors };
    }
    await page.addInitScript(MOBILE_PROBE, { selector: ENTRY_TITLE, word, expected, timeout: MOBILE.timeout_ms });
    await page.goto(url, { waitUntil: "commit", timeout: 120000 });
    const figures = await page.evaluate(() => window.__mobile);
    figures.errors = errors;
    if (word !== undefined || figures.first_entry === undefined) return figures;
    await page.waitForLoadState("networkidle", { timeout: 120000 });
    const responses = network.responses();
    figures.bytes = responses.reduce((sum, r) => sum + r.bytes, 0);
    figures.wasm_bytes = responses.filter((r) => r.path.endsWith(".wasm")).reduce((sum, r) => sum + r.bytes, 0);
    figures.responses = responses;
    if (reference) {
      await network.release();
      figures.expected = await answerOf(page, MOBILE.word);
    }
    return figures;
  } finally {
    await context.close();
  }
}

// Median, min and max of the figures reached, and how many runs missed it.
const reached = (values) => {
  const found = values.filter((v) => typeof v === "number");
  return found.length === 0 ? { missed: values.length } : { ...summary(found), missed: values.length - found.length };
};

// Ours and the peer, run after run in turn (a busy machine slows both alike): `runs` cold loads
// for the first entry and the bytes, `runs` for the typed word, one with JavaScript off.
async function measureMobile(browser, urls, runs) {
  const sides = Object.keys(urls);
  // A first load of each page, unmeasured and unthrottled, so that the host has compressed what
  // it compresses (a 10k dataset takes seconds) before any load is timed.
  for (const side of sides) {
    const context = await browser.newContext();
    await (await context.newPage()).goto(urls[side], { waitUntil: "networkidle", timeout: 120000 });
    await context.close();
  }
  const loads = Object.fromEntries(sides.map((side) => [side, { first: [], typed: [] }]));
  for (let run = 0; run < runs; run++) {
    for (const side of sides) loads[side].first.push(await coldLoad(browser, urls[side], { reference: run === 0 }));
  }
  for (let run = 0; run < runs; run++) {
    for (const side of sides) {
      const { first, typed } = loads[side];
      // Once the word goes unanswered, the next loads would only wait as long again.
      if (first[0].expected === undefined || typed.some((load) => load.answered === undefined)) { typed.push({}); continue; }
      typed.push(await coldLoad(browser, urls[side], { word: MOBILE.word, expected: first[0].expected }));
    }
  }
  const result = {};
  for (const side of sides) {
    const { first, typed } = loads[side];
    const jsOff = await coldLoad(browser, urls[side], { javaScript: false });
    const of = (loads, key) => reached(loads.map((load) => load[key]));
    result[side] = {
      first_entry: of(first, "first_entry"),
      answered: of(typed, "answered"),
      field_shown: of(typed, "field_shown"),
      bytes: of(first, "bytes"),
      wasm_bytes: of(first, "wasm_bytes"),
      js_off_titles: jsOff.titles,
      responses: first[0].responses,
      // The page's uncaught errors, once each: there should be none.
      errors: [...new Set([...first, ...typed, jsOff].flatMap((load) => load.errors ?? []))],
    };
    for (const error of result[side].errors) console.log(`\nbench: mobile, ${side}: the page threw: ${error}`);
    for (const [figure, label] of [["first_entry", "no entry title showed"], ["answered", `the list never answered "${MOBILE.word}"`]]) {
      if (result[side][figure].missed > 0) console.log(`\nbench: mobile, ${side}: ${label} in ${result[side][figure].missed} of ${runs} loads`);
    }
  }
  return result;
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--js-flags=--expose-gc"],
});
const version = browser.version();
const out = { chromium: version, runs: config.runs, keystrokes: config.keystrokes, datasets: {} };
const { latency_ms, down_kbit_s, up_kbit_s, cpu_slowdown, word } = MOBILE;
const mobileRuns = config.mobile_runs ?? 3;
out.mobile = { latency_ms, down_kbit_s, up_kbit_s, cpu_slowdown, viewport: MOBILE.screen.viewport, word, runs: mobileRuns, datasets: {} };
// Each dataset runs on the desktop (unless `"desktop": false`) and, with `"mobile": true`, in
// the mobile profile.
for (const { name, path: file, desktop = true, mobile = false } of config.datasets) {
  process.stdout.write(`bench: ${name} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)… `);
  const entries = JSON.parse(fs.readFileSync(file, "utf8")).entries.length;
  if (desktop) {
    const server = await serve(file);
    out.blank ??= await measureBlank(browser, server.base, config.runs);
    const ours = await measureOurs(browser, server.base, config.runs, config.keystrokes, entries);
    const peer = await measurePeer(browser, server.base, config.runs, config.keystrokes);
    server.close();
    out.datasets[name] = { json_bytes: fs.statSync(file).size, entries, ours, peer };
  }
  if (mobile) {
    process.stdout.write("mobile… ");
    const started = performance.now();
    const server = await serve(file, { compress: true });
    const figures = await measureMobile(browser, { ours: `${server.base}/`, peer: `${server.base}/bench/peer.html` }, mobileRuns);
    server.close();
    out.mobile.datasets[name] = { json_bytes: fs.statSync(file).size, entries, seconds: (performance.now() - started) / 1000, ...figures };
  }
  console.log("done");
}
await browser.close();
fs.writeFileSync(config.output, JSON.stringify(out, null, 2));
