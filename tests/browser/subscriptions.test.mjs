// « S'abonner »: the timeline, the calls and a pillar offer a calendar (webcal:) and an Atom feed
// that dist writes per pillar and per kind, at stable addresses (issue 22).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, shippedEntries, distRoot, distSub } from "./harness.mjs";

let server, sub, browser;
before(async () => { server = await serve(distRoot); sub = await serve(distSub, "/sous/chemin/"); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); await sub?.close(); });

/** The page at `url` once the app has taken the written page's place. */
async function opened(url, options = {}) {
  const page = await openPage(browser, options);
  await page.goto(url);
  return page;
}

/** The links of the « S'abonner » block `selector` in `scope`: its heading and the three addresses. */
async function subscription(scope, selector = ".subscribe") {
  const block = scope.locator(selector);
  await block.waitFor();
  const href = async (name) => {
    const link = block.getByRole("link", { name, exact: true });
    return (await link.count()) ? link.evaluate((a) => a.href) : null;
  };
  return {
    heading: (await block.locator("p").first().textContent()).trim(),
    webcal: await href("S'abonner à l'agenda"),
    ics: await href("Adresse de l'agenda (iCalendar)"),
    atom: await href("Flux Atom"),
  };
}

/** What a calendar app gets from a webcal: address (webcal is http underneath). */
async function calendarAt(webcal) {
  assert.match(webcal, /^webcal:\/\//);
  const response = await fetch(webcal.replace(/^webcal:/, "http:"));
  assert.equal(response.status, 200, webcal);
  assert.match(response.headers.get("content-type"), /text\/calendar/);
  // Long lines are folded (RFC 5545 §3.1): unfold them before reading.
  const text = (await response.text()).replace(/\r\n[ \t]/g, "");
  assert.ok(text.startsWith("BEGIN:VCALENDAR") && text.trimEnd().endsWith("END:VCALENDAR"), text);
  return { text, uids: [...text.matchAll(/^UID:(.+?)\r?$/gm)].map((m) => m[1]).sort() };
}

async function feedAt(url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, url);
  const text = await response.text();
  assert.match(text, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
  return { text, titles: [...text.matchAll(/<entry>.*?<title[^>]*>(.*?)<\/title>/gs)].map((m) => m[1]) };
}

const eventUids = (keep) => shippedEntries().filter((e) => e.kind === "event" && e.date && keep(e)).map((e) => `${e.id}@communs.cnnumerique`).sort();
const escaped = (text) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("'", "&apos;").replaceAll('"', "&quot;");

test("the timeline subscribes to the whole calendar, which holds every dated event, and to the whole feed", async () => {
  const page = await opened(`${server.base}timeline/`);
  const links = await subscription(page.locator("main"));
  assert.equal(links.heading, "S'abonner — tout Communs");
  assert.equal(links.webcal, `${server.base.replace("http:", "webcal:")}calendar.ics`);
  assert.equal(links.ics, `${server.base}calendar.ics`);
  const calendar = await calendarAt(links.webcal);
  assert.deepEqual(calendar.uids, eventUids(() => true));
  assert.ok(!calendar.text.includes("URL:"), "built without --site-url: no relative URL");
  assert.equal(links.atom, `${server.base}feed.xml`);
  await feedAt(links.atom);
  // A filter with its own files: the timeline of one kind subscribes to that kind.
  await page.goto(`${server.base}timeline/?type=event`);
  const events = await subscription(page.locator("main"));
  assert.equal(events.heading, "S'abonner — événements");
  assert.deepEqual((await calendarAt(events.webcal)).uids, eventUids(() => true));
  assert.deepEqual(page.problems, []);
});

test("the calls view subscribes to the calls' deadlines and to a feed of every call", async () => {
  const page = await opened(`${server.base}calls/`);
  const links = await subscription(page.locator("main"));
  assert.equal(links.heading, "S'abonner — appels à contribution");
  assert.equal(links.webcal, `${server.base.replace("http:", "webcal:")}feeds/type/call.ics`);
  const calendar = await calendarAt(links.webcal);
  const deadlines = shippedEntries().filter((e) => e.kind === "call" && e.call?.closes).map((e) => `${e.id}-date-limite@communs.cnnumerique`);
  assert.deepEqual(calendar.uids, deadlines.sort(), "an empty calendar is still a calendar");
  const feed = await feedAt(links.atom);
  assert.equal(links.atom, `${server.base}feeds/type/call.xml`);
  assert.match(feed.text, /<title[^>]*>Communs — appels à contribution \(CNNum\)<\/title>/);
  assert.deepEqual(feed.titles.sort(), shippedEntries().filter((e) => e.kind === "call").map((e) => escaped(e.title)).sort());
  assert.deepEqual(page.problems, []);
});

test("one pillar selected on Explore subscribes to that pillar: its calendar holds the pillar's events", async () => {
  const page = await opened(`${server.base}?pilier=contribuer`);
  const links = await subscription(page, ".results > .subscribe");
  assert.equal(links.heading, "S'abonner — pilier « Contribuer »");
  assert.equal(links.webcal, `${server.base.replace("http:", "webcal:")}feeds/pilier/contribuer.ics`);
  const calendar = await calendarAt(links.webcal);
  const expected = eventUids((e) => e.pillar === "contribuer");
  assert.ok(expected.length > 0);
  assert.deepEqual(calendar.uids, expected);
  const feed = await feedAt(links.atom);
  assert.match(feed.text, /<title[^>]*>Communs — pilier « Contribuer » \(CNNum\)<\/title>/);
  assert.equal(feed.titles.length, shippedEntries().filter((e) => e.pillar === "contribuer").length);
  // Two pillars have no single subscription: the block goes.
  await page.getByRole("checkbox", { name: /Prendre sa part/ }).first().check();
  await page.waitForURL(/pilier=prendre-sa-part/, { waitUntil: "commit" });
  await page.locator(".results > .subscribe").waitFor({ state: "detached" });
  assert.deepEqual(page.problems, []);
});

test("the export menu offers the subscription that holds the current filter, and only then", async () => {
  const page = await opened(`${server.base}?type=event`);
  await page.getByText("Exporter", { exact: true }).click();
  const menu = page.locator("details.export");
  const links = await subscription(menu);
  assert.equal(links.heading, "S'abonner — événements");
  assert.equal(links.webcal, `${server.base.replace("http:", "webcal:")}feeds/type/event.ics`);
  assert.deepEqual((await calendarAt(links.webcal)).uids, eventUids(() => true));
  assert.equal(links.atom, `${server.base}feeds/type/event.xml`);
  await feedAt(links.atom);
  for (const [query, heading] of [["", "S'abonner — tout Communs"], ["?pilier=prendre-sa-part", "S'abonner — pilier « Prendre sa part »"]]) {
    const other = await opened(`${server.base}${query}`);
    await other.getByText("Exporter", { exact: true }).click();
    assert.equal((await subscription(other.locator("details.export"))).heading, heading);
  }
  // A narrower filter has no file of its own: no subscription is offered.
  const narrow = await opened(`${server.base}?type=event&annee=2024`);
  await narrow.getByText("Exporter", { exact: true }).click();
  await narrow.getByRole("button", { name: "Tableur (CSV)" }).waitFor();
  assert.equal(await narrow.locator("details.export .subscribe").count(), 0);
  assert.deepEqual(page.problems, []);
});

test("without JavaScript the written timeline and calls pages link the calendar's file and the feed", async () => {
  for (const [path, ics, atom] of [["timeline/", "calendar.ics", "feed.xml"], ["calls/", "feeds/type/call.ics", "feeds/type/call.xml"]]) {
    const page = await opened(`${server.base}${path}`, { javaScriptEnabled: false });
    const links = await subscription(page.locator("main"));
    assert.equal(links.webcal, null, "a written page built without --site-url cannot know the absolute address");
    assert.equal(links.ics, `${server.base}${ics}`);
    assert.equal(links.atom, `${server.base}${atom}`);
    assert.equal((await fetch(links.ics)).status, 200);
    await feedAt(links.atom);
  }
});

test("every pillar and kind has its files; a name that is neither is a 404", async () => {
  const pillars = ["contribuer", "alimenter-la-reflexion", "prendre-sa-part", "participer-au-debat"];
  const kinds = ["initiative", "event", "interview", "call"];
  for (const path of [...pillars.map((p) => `feeds/pilier/${p}`), ...kinds.map((k) => `feeds/type/${k}`)]) {
    await calendarAt(`${server.base.replace("http:", "webcal:")}${path}.ics`);
    await feedAt(`${server.base}${path}.xml`);
  }
  for (const missing of ["feeds/pilier/nulle-part.ics", "feeds/pilier/nulle-part.xml", "feeds/type/evenement.ics", "feeds/type/.ics"]) {
    assert.equal((await fetch(`${server.base}${missing}`)).status, 404, missing);
  }
});

test("under a sub-path, the links stay within it and the files carry the site's absolute addresses", async () => {
  const page = await opened(`${sub.base}calls/`);
  const links = await subscription(page.locator("main"));
  assert.equal(links.webcal, `${sub.base.replace("http:", "webcal:")}feeds/type/call.ics`);
  await calendarAt(links.webcal);
  const feed = await feedAt(links.atom);
  assert.ok(feed.text.includes('href="https://communs.example.org/sous/chemin/feeds/type/call.xml"'), "absolute self link");
  const explore = await opened(`${sub.base}?pilier=contribuer`);
  const pillar = await subscription(explore, ".results > .subscribe");
  assert.equal(pillar.webcal, `${sub.base.replace("http:", "webcal:")}feeds/pilier/contribuer.ics`);
  const calendar = await calendarAt(pillar.webcal);
  assert.deepEqual(calendar.uids, eventUids((e) => e.pillar === "contribuer"));
  assert.match(calendar.text, /^URL:https:\/\/communs\.example\.org\/sous\/chemin\/entry\//m);
  const written = await opened(`${sub.base}timeline/`, { javaScriptEnabled: false });
  assert.equal((await subscription(written.locator("main"))).ics, `${sub.base}calendar.ics`);
  assert.equal((await fetch(`${sub.base}feeds/pilier/nulle-part.ics`)).status, 404);
  assert.deepEqual([...page.problems, ...explore.problems], []);
});
