// Explore journeys: search, facets, URL state, back and forward, empty results.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, shippedEntries, serveCopiesOfDataset, distRoot } from "./harness.mjs";

let server, browser;
before(async () => { server = await serve(distRoot); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const count = (page) => page.locator("#results-count");

test("typing a query without accents finds accented titles and highlights them", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  await page.getByLabel("Rechercher").fill("wikipedia");
  await page.waitForURL(/q=wikipedia/, { waitUntil: "commit" });
  await page.locator(".result-list mark").first().waitFor();
  const titles = await page.locator(".result-list .card-title").allTextContents();
  assert.ok(titles.length > 0);
  assert.ok(titles.some((t) => t.includes("Wikipédia")), titles.join(" | "));
  const marks = await page.locator(".result-list mark").allTextContents();
  assert.ok(marks.some((m) => m.startsWith("Wikipédia")), marks.join(" | "));
  assert.equal(await count(page).getAttribute("aria-live"), "polite");
  assert.deepEqual(page.problems, []);
});

test("a prefix and a person's name are enough", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}?q=guerry`);
  await page.getByText("2 résultats", { exact: true }).waitFor();
  const titles = await page.locator(".result-list .card-title").allTextContents();
  assert.ok(titles.some((t) => t.includes("Les logiciels libres comme espaces de collaboration")));
  assert.ok(titles.some((t) => t.includes("Conseil logiciels libres")));
});

test("a kind facet narrows to exactly the entries of that kind, and the URL survives a reload", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  const events = shippedEntries().filter((e) => e.kind === "event").length;
  const facet = page.getByRole("group", { name: "Type" });
  await facet.getByLabel(/Événement/).check();
  await page.waitForURL(/type=event/, { waitUntil: "commit" });
  await page.getByText(`${events} résultats`, { exact: true }).waitFor();
  assert.equal(await page.locator(".result-list .badge").filter({ hasText: "Événement" }).count(), events);
  await page.getByRole("button", { name: /Retirer le filtre Type : Événement/ }).waitFor();
  await page.reload();
  await page.getByText(`${events} résultats`, { exact: true }).waitFor();
  assert.ok(await page.getByRole("group", { name: "Type" }).getByLabel(/Événement/).isChecked());
});

test("back and forward step through the states", async () => {
  const page = await openPage(browser);
  const all = shippedEntries().length;
  const interviews = shippedEntries().filter((e) => e.kind === "interview").length;
  await page.goto(server.base);
  await page.getByText(`${all} résultats`, { exact: true }).waitFor();
  await page.getByRole("group", { name: "Type" }).getByLabel(/Entretien/).check();
  await page.getByText(`${interviews} résultats`, { exact: true }).waitFor();
  await page.goBack();
  await page.getByText(`${all} résultats`, { exact: true }).waitFor();
  await page.goForward();
  await page.getByText(`${interviews} résultats`, { exact: true }).waitFor();
});

test("an empty result says so and offers to clear the filters", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}?q=zzzzqqqq`);
  await page.getByText("Aucun résultat", { exact: true }).waitFor();
  await page.getByText("Aucune entrée ne correspond à ces critères.").waitFor();
  await page.getByRole("button", { name: "Effacer les filtres" }).click();
  await page.getByText(`${shippedEntries().length} résultats`, { exact: true }).waitFor();
});

test("malformed parameters are ignored", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}?type=vaisseau&page=-4&tri=%00&inconnu=1`);
  await page.getByText(`${shippedEntries().length} résultats`, { exact: true }).waitFor();
  assert.deepEqual(page.problems, []);
});

test("a facet toggled with the keyboard keeps the focus", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  const box = page.getByRole("group", { name: "Type" }).getByLabel(/Entretien/);
  await box.focus();
  await page.keyboard.press("Space");
  await page.waitForURL(/type=interview/, { waitUntil: "commit" });
  await page.getByText(`${shippedEntries().filter((e) => e.kind === "interview").length} résultats`, { exact: true }).waitFor();
  assert.ok(await box.evaluate((el) => el === document.activeElement && el.checked));
  await page.keyboard.press("Space");
  await page.waitForURL((url) => !url.search.includes("type=interview"), { waitUntil: "commit" });
  assert.ok(await box.evaluate((el) => el === document.activeElement && !el.checked));
});

test("facet values can be sorted by name and long facets fold behind « voir plus »", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  const orgs = page.getByRole("group", { name: "Organisation" });
  await orgs.locator("li").first().waitFor();
  const before = await orgs.locator("li").count();
  assert.equal(before, 8);
  await orgs.getByRole("button", { name: /voir plus/ }).click();
  const distinct = new Set(shippedEntries().flatMap((e) => e.organisations ?? [])).size;
  assert.equal(await orgs.locator("li").count(), distinct);
  await orgs.getByRole("button", { name: "trier par nom" }).click();
  const names = await orgs.locator(".facet-value").allTextContents();
  const sorted = [...names].sort((a, b) => a.localeCompare(b, "fr", { sensitivity: "base" }));
  assert.deepEqual(names, sorted);
});

test("a facet with hundreds of values lists its first hundred when expanded, and the search finds the others", async () => {
  // 300 organisations: "Organisation 0" has the most entries, "Organisation 299" one.
  const extra = Array.from({ length: 300 }, (_, i) => Array.from({ length: 300 - i > 150 ? 2 : 1 }, (_, k) => ({
    id: `initiative-${i}-${k}`, kind: "initiative", title: `Initiative ${i}-${k}`, summary: "Test.", pillar: "contribuer",
    organisations: [`Organisation ${i}`],
  }))).flat();
  const data = { version: "1", updated: "2026-01-01", entries: [...shippedEntries(), ...extra] };
  const page = await openPage(browser);
  await page.route("**/data/commons.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(data) }));
  await page.goto(server.base);
  const orgs = page.getByRole("group", { name: "Organisation" });
  const more = orgs.getByRole("button", { name: /^voir plus \(\d+\)$/ });
  const total = Number((await more.textContent()).match(/\d+/)[0]);
  assert.ok(total > 300, `${total} organisations`);
  await more.click();
  await orgs.getByText(`Les 100 premières valeurs sur ${total} : précisez la recherche pour trouver les autres.`, { exact: true }).waitFor();
  assert.equal(await orgs.locator("li").count(), 100);
  assert.equal(await orgs.getByText("Organisation 299", { exact: true }).count(), 0);
  // The search narrows the facet: the organisation left out is there, with its count.
  await page.getByLabel("Rechercher").fill("Initiative 299");
  const row = orgs.locator("li").filter({ hasText: "Organisation 299" });
  await row.waitFor();
  assert.equal(await row.locator(".facet-count").textContent(), "1");
  assert.equal(await orgs.locator(".facet-capped").count(), 0, "no note once every value is listed");
  assert.deepEqual(page.problems, []);
});

test("results come in pages of 20, and the page is in the URL", async () => {
  const page = await openPage(browser);
  const total = shippedEntries().length;
  await page.goto(server.base);
  await page.getByText("Page 1 sur 2", { exact: true }).waitFor();
  const first = await page.locator(".result-list .card-title").allTextContents();
  await page.getByRole("link", { name: "Suivant →" }).click();
  await page.waitForURL(/page=2/, { waitUntil: "commit" });
  await page.getByText("Page 2 sur 2", { exact: true }).waitFor();
  const second = await page.locator(".result-list .card-title").allTextContents();
  assert.equal(first.length + second.length, total);
  assert.ok(second.every((t) => !first.includes(t)), "no entry on both pages");
});

test("« Copier le lien » puts the address of the current view on the clipboard", async () => {
  const context = await browser.newContext({ locale: "fr-FR", permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto(`${server.base}?q=atelier&type=event`);
  await page.getByText(/\d+ résultats?/).first().waitFor();
  await page.getByRole("button", { name: "Copier le lien" }).click();
  await page.getByText("Lien copié").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await context.close();
});

test("sorting by title follows French order, accents with their letter", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  await page.getByLabel(/Trier par/).selectOption("titre");
  await page.waitForURL(/tri=titre/, { waitUntil: "commit" });
  const titles = (await page.locator(".result-list .card-title").allTextContents()).map((t) => t.trim());
  const collator = new Intl.Collator("fr", { sensitivity: "base", ignorePunctuation: true });
  assert.deepEqual(titles, [...titles].sort(collator.compare));
});

// Types into the search field as a visitor does, then reads what the page shows one task later.
const typeAndLook = (page, text) => page.evaluate(async (text) => {
  const input = document.getElementById("recherche");
  input.focus();
  const before = history.length;
  for (const ch of text) {
    input.value += ch;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
  await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
  return { count: document.getElementById("results-count").textContent, search: location.search, history: before };
}, text);

test("results follow each keystroke at once, and the address follows once typing pauses, without a history entry", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  const all = shippedEntries().length;
  await page.getByText(`${all} résultats`, { exact: true }).waitFor();
  const seen = await typeAndLook(page, "guerry");
  assert.equal(seen.count, "2 résultats");
  assert.equal(seen.search, "", "the address waits for a pause in typing");
  await page.waitForURL(/q=guerry/, { waitUntil: "commit" });
  assert.equal(await page.evaluate(() => history.length), seen.history);
  await page.getByText("2 résultats", { exact: true }).waitFor();
  assert.deepEqual(page.problems, []);
});

test("a box ticked while typing comes one step after the typed search in the history", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  await page.getByText(`${shippedEntries().length} résultats`, { exact: true }).waitFor();
  const atelier = await typeAndLook(page, "atelier");
  await page.getByRole("group", { name: "Type" }).getByLabel(/Événement/).check();
  await page.waitForURL(/q=atelier.*type=event|type=event.*q=atelier/, { waitUntil: "commit" });
  const events = shippedEntries().filter((e) => e.kind === "event" && /atelier/i.test(`${e.title} ${e.summary}`)).length;
  assert.ok(events > 0);
  await page.goBack();
  await page.waitForURL((url) => url.search === "?q=atelier", { waitUntil: "commit" });
  await page.getByText(atelier.count, { exact: true }).waitFor();
  assert.equal(await page.getByLabel("Rechercher").inputValue(), "atelier");
  await page.goForward();
  await page.waitForURL(/type=event/, { waitUntil: "commit" });
  await page.getByText(`${events} résultat`).waitFor();
});

test("leaving the search field writes the address at once, and a result opened then comes back to it", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  await page.getByText(`${shippedEntries().length} résultats`, { exact: true }).waitFor();
  await page.getByLabel("Rechercher").pressSequentially("guerry");
  await page.getByText("2 résultats", { exact: true }).waitFor();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => location.search), "?q=guerry");
  await page.locator(".result-list .card-title a").first().click();
  await page.waitForURL(/\/entry\//, { waitUntil: "commit" });
  await page.goBack();
  await page.waitForURL(/\?q=guerry$/, { waitUntil: "commit" });
  await page.getByText("2 résultats", { exact: true }).waitFor();
  assert.equal(await page.getByLabel("Rechercher").inputValue(), "guerry");
  assert.deepEqual(page.problems, []);
});

// What each result card shows, and the entry its link opens.
const cards = (page) => page.locator(".result-list .card").evaluateAll((articles) => articles.map((a) => ({
  title: a.querySelector(".card-title a").textContent.trim(),
  href: a.querySelector(".card-title a").getAttribute("href"),
  kind: a.className.replace(/.*kind-/, ""),
  summary: a.querySelector(".summary").textContent.trim(),
})));

test("when the results change under the same places, every card shows the entry its link opens", async () => {
  const page = await openPage(browser);
  const byId = new Map(shippedEntries().map((e) => [e.id, e]));
  const check = async (label) => {
    const shown = await cards(page);
    assert.ok(shown.length > 0, label);
    for (const card of shown) {
      const entry = byId.get(card.href.replace(/^entry\//, "").replace(/\?.*$/, ""));
      assert.ok(entry, `${label}: ${card.href}`);
      assert.equal(card.title, entry.title, label);
      assert.equal(card.kind, entry.kind, label);
      assert.equal(card.summary, entry.summary, label);
    }
    return shown.map((c) => c.href);
  };
  await page.goto(server.base);
  await page.getByText(`${shippedEntries().length} résultats`, { exact: true }).waitFor();
  const newest = await check("newest first");
  await typeAndLook(page, "guerry");
  const found = await check("after typing");
  assert.equal(found.length, 2);
  await page.getByLabel(/Trier par/).selectOption("titre");
  await page.waitForURL(/tri=titre/, { waitUntil: "commit" });
  await page.getByLabel("Rechercher").fill("");
  await page.getByText(`${shippedEntries().length} résultats`, { exact: true }).waitFor();
  const byTitle = await check("by title");
  assert.notDeepEqual(byTitle, newest);
});

test("« Copier le lien » right after typing copies the typed search", async () => {
  const context = await browser.newContext({ locale: "fr-FR", permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto(server.base);
  await page.getByText(`${shippedEntries().length} résultats`, { exact: true }).waitFor();
  await typeAndLook(page, "guerry");
  await page.getByRole("button", { name: "Copier le lien" }).click();
  await page.getByText("Lien copié").waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /\?q=guerry$/);
  await context.close();
});

test("typing with a filter on leaves its chip untouched and its box ticked", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}?type=event`);
  const events = shippedEntries().filter((e) => e.kind === "event");
  await page.getByText(`${events.length} résultat`).waitFor();
  assert.equal(await page.locator(".chips .chip").count(), 1);
  // Every change the page makes to the chips while the visitor types is recorded.
  await page.evaluate(() => {
    window.chipChanges = [];
    new MutationObserver((records) => window.chipChanges.push(...records.map((r) => `${r.type} ${r.attributeName ?? ""}`)))
      .observe(document.querySelector(".chips"), { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.getByLabel("Rechercher").pressSequentially("atel");
  await page.locator(".result-list mark", { hasText: /^atel/i }).first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.chipChanges), []);
  assert.equal(await page.locator(".chips .chip").count(), 1);
  assert.ok(await page.getByRole("group", { name: "Type" }).getByLabel(/Événement/).isChecked());
  assert.deepEqual(page.problems, []);
});

test("a word typed before the word index is built shows the search is being prepared, then its results", async () => {
  const page = await openPage(browser);
  // A catalog past 1,000 entries builds its word index a step per task after the first paint
  // (a smaller one builds it with the catalog: nothing to wait for). The page's clock stands
  // still: the index waits until the test lets time run.
  await serveCopiesOfDataset(page, 1200);
  await page.clock.install({ time: new Date("2026-11-29T10:00:00") });
  await page.clock.pauseAt(new Date("2026-11-29T10:00:01"));
  await page.goto(server.base);
  await page.getByLabel("Rechercher").fill("wikipedia");
  await page.getByText("Préparation de la recherche…", { exact: true }).waitFor();
  assert.equal(await page.getByLabel("Rechercher").inputValue(), "wikipedia");
  assert.equal(await page.locator(".result-list").getAttribute("aria-busy"), "true");
  await page.clock.runFor(2000);
  await page.locator(".result-list:not([aria-busy])").waitFor();
  // The same results as the same word typed once the index is ready.
  const reference = await openPage(browser);
  await serveCopiesOfDataset(reference, 1200);
  await reference.goto(`${server.base}?q=wikipedia`);
  await reference.locator(".result-list mark").first().waitFor();
  assert.match(await count(page).textContent(), /^\d+ résultats?$/);
  assert.equal(await count(page).textContent(), await count(reference).textContent());
  const titles = (p) => p.locator(".result-list .card-title").allTextContents();
  assert.deepEqual(await titles(page), await titles(reference));
  assert.ok((await titles(page)).some((t) => t.includes("Wikipédia")));
  assert.deepEqual(page.problems, []);
});
