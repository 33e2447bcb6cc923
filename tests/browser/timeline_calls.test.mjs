// Timeline order and grouping, filters shared with Explore, the month strip and period, and the
// calls view's links (issue 5).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, shippedEntries, distRoot, frNumber } from "./harness.mjs";

let server, browser;
before(async () => { server = await serve(distRoot); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const dated = () => shippedEntries().filter((e) => e.date);

test("the timeline groups by year then month, newest first, with a toggle for oldest first", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}timeline`);
  await page.locator(".timeline .year > h2").first().waitFor();
  const years = await page.locator(".timeline .year > h2").allTextContents();
  const expectedYears = [...new Set(dated().map((e) => e.date.start.slice(0, 4)))].sort().reverse();
  assert.deepEqual(years.filter((y) => y !== "Sans date"), expectedYears);
  const months2024 = await page.locator("#annee-2024 .month > h3").allTextContents();
  assert.deepEqual(months2024, ["avril 2024", "mars 2024", "janvier 2024"]);
  assert.equal(await page.locator(".timeline-item").count(), shippedEntries().length);
  await page.getByText("8 novembre 2023 (année déduite)").waitFor();
  await page.getByRole("button", { name: "Afficher les plus anciens d'abord" }).click();
  await page.locator(".timeline .year > h2").first().filter({ hasText: [...expectedYears].reverse()[0] }).waitFor();
  const oldest = await page.locator(".timeline .year > h2").allTextContents();
  assert.deepEqual(oldest.filter((y) => y !== "Sans date"), [...expectedYears].reverse());
  assert.deepEqual(page.problems, []);
});

test("filters carry over between Explore and the timeline, both ways", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}?type=interview`);
  await page.getByRole("link", { name: "Frise chronologique" }).click();
  await page.waitForURL(/timeline\?type=interview/, { waitUntil: "commit" });
  const interviews = shippedEntries().filter((e) => e.kind === "interview").length;
  await page.getByText(`${interviews} entrées`, { exact: true }).waitFor();
  assert.equal(await page.locator(".timeline-item").count(), interviews);
  await page.getByRole("link", { name: "Explorer", exact: true }).click();
  await page.getByText(`${interviews} résultats`, { exact: true }).waitFor();
});

for (const address of ["timeline", "timeline/"]) test(`choosing a period narrows the timeline and goes into the URL (${address})`, async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}${address}`);
  await page.locator(".month-strip rect").first().waitFor();
  await page.getByLabel("Du").selectOption("2024-01");
  await page.waitForURL(/du=2024-01/, { waitUntil: "commit" });
  const in2024 = dated().filter((e) => e.date.start >= "2024-01").length;
  await page.getByText(`${in2024} entrées`, { exact: true }).waitFor();
  await page.reload();
  await page.getByText(`${in2024} entrées`, { exact: true }).waitFor();
  await page.getByRole("button", { name: "Toute la période ×" }).click();
  await page.getByText(`${shippedEntries().length} entrées`, { exact: true }).waitFor();
});

test("clicking a month on the strip jumps to it", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}timeline`);
  const bars = page.locator(".month-strip rect:not(.empty)");
  await bars.first().click();
  const focused = await page.evaluate(() => document.activeElement?.id);
  assert.match(focused, /^mois-\d{4}-\d{2}$/);
});

test("the calls view lists every call with a working way to answer", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}calls`);
  const calls = shippedEntries().filter((e) => e.kind === "call");
  for (const call of calls) {
    const card = page.locator(".call").filter({ has: page.getByRole("link", { name: call.title, exact: true }) });
    await card.waitFor();
    const action = card.getByRole("link", { name: call.call.action_label, exact: true });
    assert.equal(await action.getAttribute("href"), call.call.action);
    if (call.call.initiative) {
      const parent = shippedEntries().find((e) => e.id === call.call.initiative);
      await card.getByRole("link", { name: parent.title, exact: true }).waitFor();
    }
  }
  await page.getByRole("heading", { name: "Contribuer à ces données" }).waitFor();
  const guide = page.getByRole("link", { name: /CONTRIBUTING\.md/ });
  const response = await page.request.get(new URL(await guide.getAttribute("href"), page.url()).href);
  assert.equal(response.status(), 200);
  assert.match(await response.text(), /cargo xtask check-data/);
  assert.deepEqual(page.problems, []);
});

test("a call with a deadline offers its .ics and says how many days are left", async () => {
  const page = await openPage(browser);
  const data = { version: "1", updated: "2026-01-01", entries: [...shippedEntries(), {
    id: "appel-test", kind: "call", title: "Appel avec échéance", summary: "Test.", pillar: "contribuer",
    call: { asks: "Répondez.", audience: "Tous.", action: "mailto:info@cnnumerique.fr?subject=Test", action_label: "Répondre", closes: "2099-12-31" } }] };
  await page.route("**/data/commons.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(data) }));
  await page.goto(`${server.base}calls`);
  const card = page.locator(".call").filter({ hasText: "Appel avec échéance" });
  await card.getByText(/clôture dans [\d\u202f]+ jours/).waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Ajouter la date limite à mon agenda" }).click()]);
  assert.equal(download.suggestedFilename(), "communs-date-limite-appel-test.ics");
  const body = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(body).toString("utf8");
  assert.match(text, /BEGIN:VEVENT/);
  assert.match(text, /DTSTART;VALUE=DATE:20991231/);
  assert.match(text, /SUMMARY:Date limite : Appel avec échéance/);
});

test("a dataset with many calls shows the first hundred open ones at once, the others on demand, and draws the closed ones when their list is opened", async () => {
  const initiative = shippedEntries().find((e) => e.kind === "initiative");
  const closed = Array.from({ length: 250 }, (_, i) => ({
    id: `appel-clos-${i}`, kind: "call", title: `Appel clos ${i}`, summary: "Test.", pillar: "contribuer",
    call: { asks: "Répondez.", audience: "Tous.", action: "mailto:info@cnnumerique.fr?subject=Test", action_label: "Répondre", closes: "2001-01-01", initiative: initiative.id },
  }));
  const open = { id: "appel-ouvert", kind: "call", title: "Appel ouvert", summary: "Test.", pillar: "contribuer",
    call: { asks: "Répondez.", audience: "Tous.", action: "mailto:info@cnnumerique.fr?subject=Test", action_label: "Répondre", closes: "2099-12-31" } };
  const moreOpen = Array.from({ length: 150 }, (_, i) => ({ ...open, id: `appel-ouvert-${i}`, title: `Appel ouvert ${i}` }));
  const data = { version: "1", updated: "2026-01-01", entries: [...shippedEntries(), open, ...moreOpen, ...closed] };
  const page = await openPage(browser);
  await page.route("**/data/commons.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(data) }));
  await page.goto(`${server.base}calls`);
  const openCard = page.locator(".call").filter({ has: page.getByRole("link", { name: "Appel ouvert", exact: true }) });
  await openCard.waitFor();
  assert.equal(await openCard.getByText("Dans le cadre de").count(), 0, "a call without an initiative names none");
  // The first hundred open calls are drawn; a button brings the others and takes the focus to them.
  const openCards = page.locator("section:has(> h2:text-is('Ouverts')) .call");
  assert.equal(await openCards.count(), 100);
  const more = page.getByRole("button", { name: /^voir plus \(\d+\)$/ });
  const total = Number((await more.textContent()).match(/\d+/)[0]);
  assert.ok(total > 151, `${total} open calls in all`);
  await more.click();
  await page.getByRole("link", { name: "Appel ouvert 149", exact: true }).waitFor();
  assert.equal(await openCards.count(), total);
  assert.equal(await more.count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "autres-appels");
  const summary = page.locator(".closed-calls summary");
  assert.match(await summary.textContent(), /\(25\d\)/);
  assert.equal(await page.locator(".closed-calls .call").count(), 0, "closed calls wait until their list is opened");
  await summary.click();
  const last = page.locator(".closed-calls .call").filter({ has: page.getByRole("link", { name: "Appel clos 249", exact: true }) });
  await last.waitFor();
  assert.ok(await page.locator(".closed-calls .call").count() >= 250);
  await last.getByRole("link", { name: initiative.title, exact: true }).waitFor();
  assert.deepEqual(page.problems, []);
});

test("upcoming events stand out on the timeline", async () => {
  const page = await openPage(browser);
  const future = { id: "evenement-a-venir", kind: "event", title: "Un événement à venir", summary: "Test.", pillar: "participer-au-debat", date: { start: "2099-06-01" } };
  const body = JSON.stringify({ version: "1", updated: "2026-01-01", entries: [...shippedEntries(), future] });
  await page.route("**/data/commons.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto(`${server.base}timeline`);
  const item = page.locator(".timeline-item").filter({ hasText: "Un événement à venir" });
  await item.getByText("À venir", { exact: true }).waitFor();
  assert.match(await item.getAttribute("class"), /upcoming/);
  assert.equal(await page.locator(".timeline-item.upcoming").count(), 1, "past entries are not marked");
});

/** Opens the timeline on `count` dated events, ten per month from January of `firstYear`
 *  ("Événement 0" is the oldest), and waits for its count. */
async function openMonthlyTimeline(count, firstYear) {
  const entries = Array.from({ length: count }, (_, i) => {
    const month = Math.floor(i / 10);
    const start = `${firstYear + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-${String((i % 10) + 1).padStart(2, "0")}`;
    return { id: `evenement-${i}`, kind: "event", title: `Événement ${i}`, summary: "Un événement.", pillar: "participer-au-debat", date: { start } };
  });
  const body = JSON.stringify({ version: "1", updated: "2025-01-01", entries });
  const page = await openPage(browser);
  await page.route("**/data/commons.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto(`${server.base}timeline`);
  await page.getByText(`${frNumber(count)} entrées`, { exact: true }).waitFor();
  return page;
}

/** Clicks the month strip's oldest month and checks that it has the focus and that the
 *  entries `titles` are on screen. */
async function jumpToOldestMonth(page, id, titles) {
  await page.locator(".month-strip rect:not(.empty)").first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), id);
  const viewport = page.viewportSize();
  for (const title of titles) {
    const link = page.locator(".timeline-item a", { hasText: new RegExp(`^${title}$`) });
    await link.waitFor();
    const box = await link.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= viewport.height, `${title} is on screen after the jump`);
  }
}

test("a large timeline lists every entry, month by month, though it fills in over a few frames, and a jump reaches its oldest month", async () => {
  // 1,200 dated events, ten per month from January 2015: far more than the 150 drawn at once.
  const page = await openMonthlyTimeline(1200, 2015);
  // Every month has its heading (the month strip's jump targets), and every entry comes.
  assert.equal(await page.locator(".timeline .month > h3").count(), 120);
  await page.locator(".timeline-item").nth(1199).waitFor();
  assert.equal(await page.locator(".timeline-item").count(), 1200);
  const titles = await page.locator(".timeline-item a").allTextContents();
  assert.equal(titles[0], "Événement 1199");
  assert.equal(titles[1199], "Événement 0");
  assert.deepEqual(await page.locator("#mois-2015-01 .timeline-item a").allTextContents(), Array.from({ length: 10 }, (_, i) => `Événement ${9 - i}`));
  // Months off screen are laid out only when shown: a jump to the oldest month, at the very
  // bottom, still lands on it with its entries in view.
  await jumpToOldestMonth(page, "mois-2015-01", ["Événement 9", "Événement 0"]);
  assert.deepEqual(page.problems, []);
});

test("a very large timeline draws its months as the visitor reaches them, and a jump or a scroll finds them drawn", async () => {
  // 3,000 dated events, ten per month from January 2000: past the 2,000 drawn ahead.
  const page = await openMonthlyTimeline(3000, 2000);
  assert.equal(await page.locator(".timeline .month > h3").count(), 300, "every month has its heading");
  await page.getByText("Événement 2999", { exact: true }).waitFor();
  // The first 2,000 or so come over a few frames; the months far below wait for the visitor.
  await page.waitForFunction(() => document.querySelectorAll(".timeline-item").length >= 2000);
  await page.waitForTimeout(300);
  const drawn = await page.locator(".timeline-item").count();
  assert.ok(drawn >= 2000 && drawn < 2500, `${drawn} entries drawn, not all 3,000`);
  assert.equal(await page.locator("#mois-2000-01 .timeline-item").count(), 0, "the oldest month waits");
  // A keyboard visitor tabbing on from the last entry drawn ahead reaches the next one: the
  // month below is drawn as the focus brings the visitor near it.
  const last = page.locator(".timeline-item a").last();
  const next = `Événement ${Number((await last.textContent()).match(/\d+/)[0]) - 1}`;
  assert.equal(await page.getByRole("link", { name: next, exact: true }).count(), 0, `${next} is not drawn yet`);
  await last.focus();
  await page.getByRole("link", { name: next, exact: true }).waitFor();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), next);
  // A jump from the month strip draws the oldest month and shows it.
  await jumpToOldestMonth(page, "mois-2000-01", ["Événement 9", "Événement 0"]);
  // Scrolling back up through months not drawn yet draws them as they come into view.
  await page.locator("#mois-2001-06").evaluate((month) => month.scrollIntoView());
  await page.locator("#mois-2001-06 .timeline-item").nth(9).waitFor();
  assert.deepEqual(
    await page.locator("#mois-2001-06 .timeline-item a").allTextContents(),
    Array.from({ length: 10 }, (_, i) => `Événement ${179 - i}`),
  );
  assert.deepEqual(page.problems, []);
});
