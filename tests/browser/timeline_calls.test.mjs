// Timeline order and grouping, filters shared with Explore, the month strip and period, and the
// calls view's links (issue 5).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, shippedEntries, distRoot } from "./harness.mjs";

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
  await page.waitForURL(/timeline\?type=interview/);
  const interviews = shippedEntries().filter((e) => e.kind === "interview").length;
  await page.getByText(`${interviews} entrées`, { exact: true }).waitFor();
  assert.equal(await page.locator(".timeline-item").count(), interviews);
  await page.getByRole("link", { name: "Explorer", exact: true }).click();
  await page.getByText(`${interviews} résultats`, { exact: true }).waitFor();
});

test("choosing a period narrows the timeline and goes into the URL", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}timeline`);
  await page.locator(".month-strip rect").first().waitFor();
  await page.getByLabel("Du").selectOption("2024-01");
  await page.waitForURL(/du=2024-01/);
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
  await card.getByText(/clôture dans \d+ jours/).waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Ajouter la date limite à mon agenda" }).click()]);
  assert.equal(download.suggestedFilename(), "communs-date-limite-appel-test.ics");
  const body = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(body).toString("utf8");
  assert.match(text, /BEGIN:VEVENT/);
  assert.match(text, /DTSTART;VALUE=DATE:20991231/);
  assert.match(text, /SUMMARY:Date limite : Appel avec échéance/);
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

test("a large timeline lists every entry, month by month, though it fills in over a few frames, and a jump reaches its oldest month", async () => {
  // 1,200 dated events, ten per month from January 2015: far more than the 150 drawn at once.
  const entries = Array.from({ length: 1200 }, (_, i) => {
    const month = Math.floor(i / 10);
    const start = `${2015 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-${String((i % 10) + 1).padStart(2, "0")}`;
    return { id: `evenement-${i}`, kind: "event", title: `Événement ${i}`, summary: "Un événement.", pillar: "participer-au-debat", date: { start } };
  });
  const body = JSON.stringify({ version: "1", updated: "2025-01-01", entries });
  const page = await openPage(browser);
  await page.route("**/data/commons.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto(`${server.base}timeline`);
  await page.getByText("1200 entrées", { exact: true }).waitFor();
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
  await page.locator(".month-strip rect:not(.empty)").first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "mois-2015-01");
  const viewport = page.viewportSize();
  for (const title of ["Événement 9", "Événement 0"]) {
    const box = await page.locator(".timeline-item a", { hasText: new RegExp(`^${title}$`) }).boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= viewport.height, `${title} is on screen after the jump`);
  }
  assert.deepEqual(page.problems, []);
});
