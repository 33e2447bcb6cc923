// Pages written at build time: each holds what the app shows for its address, readable and
// navigable without JavaScript, described for search engines and link previews, and taken over
// by the app without a flash, a shift or a lost keystroke.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, openPage as openAnyPage, shippedEntries, delayDataset, distRoot, distSub } from "./harness.mjs";

/** These tests look at the written page before the app takes over, or wait for it themselves. */
const openPage = (browser, options = {}) => openAnyPage(browser, { beforeTakeover: true, ...options });

let server, sub, browser;
before(async () => {
  server = await serve(distRoot);
  sub = await serve(distSub, "/sous/chemin/");
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); await sub?.close(); });

const html = (dir, page) => fs.readFileSync(path.join(dir, page, "index.html"), "utf8");
const entries = shippedEntries();
const event = entries.find((e) => e.kind === "event" && e.place?.city);
const interview = entries.find((e) => e.kind === "interview");
const named = entries.find((e) => e.people?.length);

/** Every `<script type="application/ld+json">` of a page, parsed. */
function structured(page) {
  const found = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
  return found.map((m) => JSON.parse(m[1]));
}

test("each page's HTML holds what the app shows there, before any script runs", () => {
  const [home, cards] = html(distRoot, "").split('<template id="cartes-ecrites"');
  assert.equal((home.match(/<li><article class="card/g) ?? []).length, 20, "the first page of results");
  // Every entry's card, for the answers given before the app arrives, never shown as they are.
  assert.equal((cards.match(/<li><article class="card/g) ?? []).length, entries.length);
  assert.match(home, new RegExp(`${entries.length}\u00a0?\\s?résultats`));
  assert.match(html(distRoot, "timeline"), /<h2[^>]*>2024<\/h2>/);
  assert.match(html(distRoot, `entry/${event.id}`), new RegExp(`<h1>${event.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</h1>`));
  assert.match(html(distRoot, "personne/louis-magnes"), /<h1>Louis Magnes<\/h1>/);
  assert.match(html(distRoot, "organisation/assemblee-nationale"), /<h1>Assemblée nationale<\/h1>/);
  // An address the build does not know boots the app from a neutral shell.
  assert.doesNotMatch(fs.readFileSync(path.join(distRoot, "404.html"), "utf8"), /id="page-ecrite"/);
});

test("what depends on the day is written with its dates, and the app then says where each call stands", async () => {
  // The markup alone: the stylesheet in the page names every class, the badges' too.
  const calls = html(distRoot, "calls").replace(/<style>.*?<\/style>/s, "");
  assert.match(calls, /Les appels et leurs dates/);
  assert.match(calls, /ouvert en permanence|jusqu'au|à partir/);
  for (const todays of ["clôture dans", "clôture aujourd'hui", "ouvre dans", ">Ouverts<", "upcoming-badge"]) {
    assert.ok(!calls.includes(todays), todays);
  }
  assert.ok(!html(distRoot, "timeline").includes("Aujourd'hui"));
  const page = await openPage(browser);
  await page.goto(`${server.base}calls/`);
  await page.locator("#page-ecrite").waitFor({ state: "detached" });
  await page.getByRole("heading", { level: 2, name: "Ouverts" }).waitFor();
  assert.equal(await page.getByText("Les appels et leurs dates").count(), 0);
  assert.deepEqual(page.problems, []);
});

// Under the written page's search box once something is typed there, until the app arrives.
const SEARCH_STARTING = "La recherche démarre dans un instant : la page finit de se charger.";

test("without JavaScript a visitor reads the list, follows a link to an entry, and submits a search", async () => {
  const page = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(server.base);
  assert.equal(await page.locator(".result-list > li").count(), 20);
  // Beside the box, one line (Playwright's text search skips <noscript>: read it directly).
  const note = page.locator(".search-bar noscript p");
  assert.ok(await note.isVisible());
  assert.equal(await note.textContent(), "La recherche et les filtres demandent JavaScript ; sans lui, parcourez la liste ci-dessous.");
  const first = page.locator(".result-list .card-title a").first();
  const title = await first.textContent();
  await first.click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  assert.match(page.url(), /\/entry\/[^/]+\/?$/);
  await page.getByRole("link", { name: "Frise chronologique" }).click();
  await page.getByRole("heading", { level: 1, name: "Frise chronologique" }).waitFor();
  await page.getByRole("link", { name: "Explorer", exact: true }).click();
  await page.getByLabel("Rechercher").fill("wikipedia");
  // No promise of a search to come: nothing would run it.
  assert.equal(await page.getByText(SEARCH_STARTING).isVisible(), false);
  await page.getByLabel("Rechercher").press("Enter");
  await page.waitForURL(/\?q=wikipedia$/);
});

test("a search submitted as ?q= is applied once the app runs", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}?q=wikipedia`);
  await page.locator("#page-ecrite").waitFor({ state: "detached" });
  assert.equal(await page.getByLabel("Rechercher").inputValue(), "wikipedia");
  await page.locator(".result-list mark").first().waitFor();
  const count = await page.locator("#results-count").textContent();
  assert.match(count, /^\d+ résultats?$/);
  assert.notEqual(count, `${entries.length} résultats`);
  assert.deepEqual(page.problems, []);
});

// The module that answers a typed word on the written home, before the app (src/bin/answers.rs).
const ANSWERS = /\/answers-[0-9a-f]{16}(\.js|_bg\.wasm)$/;
const ANSWERS_JS = /\/answers-[0-9a-f]{16}\.js$/;
const APP = /communs-[0-9a-f]+(\.js|_bg\.wasm)$/;
/** A phone's screen. */
const PHONE = { viewport: { width: 390, height: 844 } };

/** Slows `page`'s CPU `rate` times (4: a mid-range phone, as in the bench's mobile profile). */
async function slowCpu(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

/** From the next load of `page` on, sums the layout shifts not caused by input; returns a
 *  function that reads the sum (the page's CLS). */
async function watchLayoutShifts(page) {
  await page.addInitScript(() => {
    window.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  return () => page.evaluate(() => window.shift);
}

const titlesOf = (page) => page.locator(".result-list .card-title").allTextContents();

/** The pager of `root` (the written page, or the app), as a visitor sees it: its line and where
 *  its next link leads, or null when none shows. */
async function pagerOf(root) {
  const pager = root.locator(".pager");
  if (!(await pager.isVisible())) return null;
  return { line: await pager.locator("span").textContent(), next: await pager.locator("a[rel=next]").getAttribute("href") };
}

/** What the app shows for `word` once loaded: the titles of its first page, its count and its pager. */
async function appAnswer(word) {
  const reference = await openPage(browser);
  await reference.goto(`${server.base}?q=${encodeURIComponent(word)}`);
  await reference.locator("#page-ecrite").waitFor({ state: "detached" });
  await reference.waitForFunction(() => !document.querySelector(".result-list[aria-busy]"));
  const answer = { titles: await titlesOf(reference), count: await reference.locator("#results-count").textContent(), pager: await pagerOf(reference) };
  await reference.close();
  return answer;
}

test("on the written home, a typed word is answered before the app arrives, as the app answers it", async () => {
  const page = await openPage(browser);
  const asked = [];
  page.on("request", (request) => asked.push(new URL(request.url()).pathname));
  // The app never arrives: what shows is the written page's own.
  await page.route(APP, (route) => route.abort());
  await page.goto(server.base);
  const first = { titles: await titlesOf(page), count: await page.locator("#results-count").textContent() };
  assert.equal(first.titles.length, 20);
  await page.waitForFunction(() => !document.querySelector(".search-starting"));
  const field = page.locator("#page-ecrite #recherche");
  const written = await pagerOf(page.locator("#page-ecrite"));
  assert.equal(written?.line, "Page 1 sur 2");
  // A word with one page of answers, several, none.
  for (const word of ["wikipedia", "Atelier WIKIPÉDIA", "communs libre", "numérique", "zzzz"]) {
    const answer = await appAnswer(word);
    await field.fill(word);
    await page.waitForFunction((count) => document.getElementById("results-count").textContent === count, answer.count);
    assert.deepEqual(await titlesOf(page), answer.titles, word);
    // As in the app: the pillars make way for the answer, and the pager shows the answer's pages.
    assert.equal(await page.locator("#page-ecrite .pillars-block").isVisible(), false, word);
    assert.deepEqual(await pagerOf(page.locator("#page-ecrite")), answer.pager, word);
  }
  const several = await appAnswer("numérique");
  assert.ok(several.pager?.line.startsWith("Page 1 sur "), `a word with more than one page: ${JSON.stringify(several)}`);
  assert.match(await page.locator("#results-count").textContent(), /^Aucun résultat$/);
  // Emptied, the field gives back the written list.
  await field.fill("");
  assert.deepEqual(await titlesOf(page), first.titles);
  assert.equal(await page.locator("#results-count").textContent(), first.count);
  assert.ok(await page.locator("#page-ecrite .pillars-block").isVisible());
  assert.deepEqual(await pagerOf(page.locator("#page-ecrite")), written);
  assert.ok(asked.some((p) => ANSWERS.test(p)), "the answering module was fetched");
  // A page without the cards never fetches it.
  const timeline = await openPage(browser);
  const elsewhere = [];
  timeline.on("request", (request) => elsewhere.push(new URL(request.url()).pathname));
  await timeline.goto(`${server.base}timeline/`);
  await timeline.locator("#page-ecrite").waitFor({ state: "detached" });
  assert.deepEqual(elsewhere.filter((p) => ANSWERS.test(p)), []);
  assert.deepEqual(timeline.problems, []);
});

test("on the written home, the app's wasm is asked for once the module's has arrived; elsewhere, at once", async () => {
  const APP_WASM = /communs-[0-9a-f]+_bg\.wasm$/;
  const ANSWERS_WASM = /\/answers-[0-9a-f]{16}_bg\.wasm$/;
  for (const [address, module] of [["", true], ["timeline/", false]]) {
    const page = await openPage(browser);
    const events = [];
    page.on("request", (request) => events.push(["asked", request.url()]));
    page.on("requestfinished", (request) => events.push(["arrived", request.url()]));
    await page.goto(server.base + address);
    await page.locator("#page-ecrite").waitFor({ state: "detached", timeout: 20000 });
    const at = (kind, pattern) => events.findIndex(([k, url]) => k === kind && pattern.test(url));
    assert.ok(at("asked", APP_WASM) >= 0, `${address}: the app's wasm was asked for`);
    if (module) assert.ok(at("arrived", ANSWERS_WASM) >= 0 && at("arrived", ANSWERS_WASM) < at("asked", APP_WASM), JSON.stringify(events));
    else assert.equal(at("asked", ANSWERS_WASM), -1, `${address}: no module`);
    assert.deepEqual(page.problems, [], address);
    await page.close();
  }
});

test("a word typed before the answering module arrives, or sent in the address, is answered when it does", async () => {
  const answer = await appAnswer("wikipedia");
  const early = await openPage(browser);
  await early.route(APP, (route) => route.abort());
  await early.route(ANSWERS, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue().catch(() => {});
  });
  await early.goto(server.base);
  await early.locator("#page-ecrite #recherche").fill("wikipedia");
  await early.waitForFunction((count) => document.getElementById("results-count").textContent === count, answer.count);
  assert.deepEqual(await titlesOf(early), answer.titles);
  // The answer is on screen: Enter does not load the page again.
  await early.locator("#page-ecrite #recherche").press("Enter");
  await early.waitForTimeout(300);
  assert.equal(new URL(early.url()).search, "");
  assert.deepEqual(await titlesOf(early), answer.titles);
  // A word in the address, a campaign's parameter beside it: answered too.
  const sent = await openPage(browser);
  await sent.route(APP, (route) => route.abort());
  await sent.goto(`${server.base}?utm_source=lettre&q=wikipedia`);
  await sent.waitForFunction((count) => document.getElementById("results-count").textContent === count, answer.count);
  assert.equal(await sent.locator("#page-ecrite #recherche").inputValue(), "wikipedia");
  assert.deepEqual(await titlesOf(sent), answer.titles);
  // Filters in the address are the app's to apply: the module leaves the page as it is.
  const filtered = await openPage(browser);
  await filtered.route(APP, (route) => route.abort());
  await filtered.goto(`${server.base}?type=event`);
  await filtered.waitForFunction(() => document.documentElement.dataset.app === "absente");
  await filtered.waitForTimeout(500);
  await filtered.locator("#page-ecrite #recherche").fill("zzzz");
  await filtered.waitForTimeout(300);
  assert.equal(await filtered.locator("#page-ecrite .result-list > li").count(), 20);
});

// On a desktop, and on a slow phone (its screen, the CPU 4× slower).
for (const [screen, options, cpu] of [["a desktop", {}, 1], ["a slow phone", PHONE, 4]]) {
  test(`on ${screen}, the app takes over the list the module answered with, without a shift, and the focus stays on the same result`, async () => {
    const page = await openPage(browser, options);
    await slowCpu(page, cpu);
    await delayDataset(page, 2500);
    // Shifts not caused by the typing itself: the takeover, seconds after the last keystroke.
    // (Hiding the pillars when a word is typed moves the list, as in the app; the browser counts
    // it as caused by the keystroke, so the word is typed key by key, as a visitor does.)
    const layoutShift = await watchLayoutShifts(page);
    await page.goto(server.base);
    await page.waitForFunction(() => !document.querySelector(".search-starting"));
    await page.locator("#page-ecrite #recherche").pressSequentially("wikipedia");
    await page.waitForFunction(() => document.querySelectorAll("#page-ecrite .result-list > li").length < 20);
    const written = await titlesOf(page);
    const second = page.locator("#page-ecrite .result-list .card-title a").nth(1);
    await second.focus();
    await page.locator("#page-ecrite").waitFor({ state: "detached", timeout: 15000 });
    await page.locator(".result-list mark").first().waitFor();
    assert.deepEqual(await titlesOf(page), written);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), written[1]);
    await page.waitForTimeout(500);
    const shift = await layoutShift();
    assert.ok(shift <= 0.05, `CLS ${shift}`);
    assert.deepEqual(page.problems, []);
  });
}

test("under a sub-path, the written home answers a typed word before the app too", async () => {
  const page = await openPage(browser);
  await page.route(APP, (route) => route.abort());
  await page.goto(sub.base);
  await page.waitForFunction(() => !document.querySelector(".search-starting"));
  await page.locator("#page-ecrite #recherche").fill("zzzz");
  await page.getByText("Aucun résultat").waitFor();
  assert.equal(await page.locator("#page-ecrite .result-list > li").count(), 0);
});

test("a word typed into the page before the app has taken over is searched, with the focus kept", async () => {
  const page = await openPage(browser);
  await delayDataset(page, 2000);
  // The line saying the search is coming shows while nothing can answer yet: here the
  // answering module's JS comes after the app (its wasm comes first: the app's files are asked
  // for once it has arrived).
  await page.route(ANSWERS_JS, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 6000));
    await route.continue().catch(() => {});
  });
  // The titles on screen the moment the written page goes: the app's first frame.
  await page.addInitScript(() => {
    new MutationObserver((changes, observer) => {
      if (changes.some((c) => [...c.removedNodes].some((n) => n.id === "page-ecrite"))) {
        window.firstAppTitles = [...document.querySelectorAll(".result-list .card-title")].map((t) => t.textContent);
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.base);
  const starting = page.getByText(SEARCH_STARTING);
  assert.equal(await starting.isVisible(), false);
  await page.locator("#page-ecrite #recherche").fill("wikipedia");
  // At once, before the app has arrived: the page says the search is coming, in a live region.
  assert.ok(await page.locator("#page-ecrite").getByRole("status").filter({ hasText: SEARCH_STARTING }).isVisible());
  await page.locator("#page-ecrite").waitFor({ state: "detached", timeout: 15000 });
  assert.equal(await starting.isVisible(), false);
  assert.equal(await page.getByLabel("Rechercher").inputValue(), "wikipedia");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "recherche");
  await page.locator(".result-list mark").first().waitFor();
  const reference = await openPage(browser);
  await reference.goto(`${server.base}?q=wikipedia`);
  await reference.locator(".result-list mark").first().waitFor();
  const titles = (p) => p.locator(".result-list .card-title").allTextContents();
  const answer = await titles(reference);
  assert.deepEqual(await titles(page), answer);
  // The app showed the answer in its very first frame, never the unfiltered list.
  assert.deepEqual(await page.evaluate(() => window.firstAppTitles), answer);
  // And the address follows, as after typing.
  await page.waitForURL(/[?&]q=wikipedia/);
  assert.deepEqual(page.problems, []);
});

test("a link clicked in the written page before the app shows leads to its page", async () => {
  const page = await openPage(browser);
  await delayDataset(page, 3000);
  await page.goto(server.base);
  const link = page.locator("#page-ecrite .result-list .card-title a").first();
  const title = await link.textContent();
  await link.click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  assert.match(page.url(), /\/entry\/[^/]+\/?$/);
  await page.locator("#page-ecrite").waitFor({ state: "detached", timeout: 15000 });
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  assert.deepEqual(page.problems, []);
});

for (const [name, address] of [["the home", ""], ["the timeline", "timeline/"], ["the calls", "calls/"], ["an entry", `entry/${event.id}/`]]) {
  test(`${name} is taken over without a layout shift on a slow phone (CLS ≤ 0.05), and without a console error`, async () => {
    const page = await openPage(browser, PHONE);
    await slowCpu(page, 4);
    await delayDataset(page, 500);
    const layoutShift = await watchLayoutShifts(page);
    await page.goto(server.base + address);
    await page.locator("#page-ecrite").waitFor({ state: "detached", timeout: 20000 });
    await page.waitForTimeout(1000);
    const shift = await layoutShift();
    assert.ok(shift <= 0.05, `CLS ${shift}`);
    assert.deepEqual(page.problems, []);
  });
}

test("the dark theme applies before the first paint, from the system or the stored choice, even before the app runs", async () => {
  const blockApp = (page) => page.route(/communs-[0-9a-f]+(\.js|_bg\.wasm)$/, (route) => route.abort());
  const dark = await openPage(browser, { colorScheme: "dark" });
  await blockApp(dark);
  await dark.goto(server.base);
  assert.equal(await dark.evaluate(() => document.documentElement.dataset.theme), "dark");
  assert.equal(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(21, 23, 26)");
  const chosen = await openPage(browser, { colorScheme: "dark" });
  await chosen.addInitScript(() => localStorage.setItem("communs-theme", "light"));
  await blockApp(chosen);
  await chosen.goto(server.base);
  assert.equal(await chosen.evaluate(() => document.documentElement.dataset.theme), "light");
});

test("when the app cannot start, the written page hides what needs it and promises no search", async () => {
  const page = await openPage(browser);
  await page.route(/communs-[0-9a-f]+_bg\.wasm$/, (route) => route.abort());
  await page.goto(server.base);
  await page.waitForFunction(() => document.documentElement.dataset.app === "absente");
  await page.locator("#page-ecrite #recherche").fill("wikipedia");
  assert.equal(await page.getByText(SEARCH_STARTING).isVisible(), false);
  assert.equal(await page.getByRole("button", { name: /Thème|English|Filtres|Copier/ }).filter({ visible: true }).count(), 0);
  assert.ok(await page.locator("#page-ecrite .result-list > li").first().isVisible());
});

test("the first paint needs nothing but the page: it comes styled alone, under a sub-path too", async () => {
  for (const [dir, base, where] of [[distRoot, server.base, "/"], [distSub, sub.base, "/sous/chemin/"]]) {
    for (const address of ["", `entry/${event.id}/`, "accessibilite/"]) {
      const page = html(dir, address);
      assert.doesNotMatch(page, /<link rel="stylesheet"/, `${where}${address}`);
      assert.equal([...page.matchAll(/<style>/g)].length, 1, `${where}${address}`);
    }
    // Every other request refused: the page still shows with the site's look, without a
    // CSP complaint about its stylesheet.
    const alone = await openPage(browser, { colorScheme: "dark" });
    await alone.route((url) => !url.pathname.endsWith("/"), (route) => route.abort());
    await alone.goto(base);
    assert.equal(await alone.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(21, 23, 26)", where);
    assert.ok(await alone.locator("#page-ecrite .result-list > li").first().isVisible(), where);
    assert.deepEqual(alone.problems.filter((p) => /Content.Security.Policy|stylesheet|style-src/i.test(p)), [], where);
  }
});

test("every page carries schema.org JSON-LD with its required properties, and Open Graph", () => {
  const check = (page, where) => {
    assert.match(page, /<meta property="og:title" content="[^"]+"/, where);
    assert.match(page, /<meta property="og:description" content="[^"]*"/, where);
    assert.match(page, /<meta property="og:type" content="(website|article|profile)"/, where);
    const [data, ...more] = structured(page);
    assert.ok(data && more.length === 0, `${where}: one JSON-LD block`);
    assert.equal(data["@context"], "https://schema.org", where);
    assert.ok(data.name, `${where}: name`);
    assert.ok(data.url, `${where}: url`);
    return data;
  };
  const home = check(html(distRoot, ""), "home");
  assert.equal(home["@type"], "Dataset");
  assert.ok(home.license && home.version && home.dateModified && home.description);
  assert.deepEqual(home.distribution.map((d) => d.contentUrl), ["/data/commons.json", "/data/commons.csv", "/calendar.ics"]);
  for (const file of home.distribution) assert.ok(fs.existsSync(path.join(distRoot, file.contentUrl)), file.contentUrl);
  const ev = check(html(distRoot, `entry/${event.id}`), event.id);
  assert.equal(ev["@type"], "Event");
  assert.equal(ev.startDate, event.date.start);
  assert.equal(ev.location["@type"], "Place");
  assert.equal(ev.location.address.addressLocality, event.place.city);
  const work = check(html(distRoot, `entry/${interview.id}`), interview.id);
  assert.equal(work["@type"], "CreativeWork");
  assert.equal(work.genre, "interview");
  const person = check(html(distRoot, "personne/louis-magnes"), "person");
  assert.equal(person["@type"], "Person");
  assert.ok(person.subjectOf.some((w) => w.name === named.title));
  assert.equal(check(html(distRoot, "organisation/assemblee-nationale"), "organisation")["@type"], "Organization");
  for (const view of ["timeline", "calls", "contribuer", "accessibilite", "plan-du-site", "mentions-legales"]) {
    assert.equal(check(html(distRoot, view), view)["@type"], "WebPage");
  }
  for (const entry of entries) check(html(distRoot, `entry/${entry.id}`), entry.id);
  // With the site's address known, every URL is absolute, Open Graph's too.
  const absolute = html(distSub, `entry/${event.id}`);
  assert.equal(structured(absolute)[0].url, `https://communs.example.org/sous/chemin/entry/${event.id}/`);
  assert.match(absolute, /<meta property="og:url" content="https:\/\/communs\.example\.org\/sous\/chemin\/entry\//);
});

test("under a sub-path, the written pages link within it, with and without JavaScript", async () => {
  const page = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(sub.base);
  const first = page.locator(".result-list .card-title a").first();
  const title = await first.textContent();
  await first.click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  assert.ok(page.url().startsWith(`${sub.base}entry/`), page.url());
  const withScript = await openPage(browser);
  await withScript.goto(`${sub.base}timeline/`);
  await withScript.locator("#page-ecrite").waitFor({ state: "detached" });
  await withScript.getByRole("heading", { level: 1, name: "Frise chronologique" }).waitFor();
  assert.deepEqual(withScript.problems, []);
});
