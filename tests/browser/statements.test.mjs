// What a French public site owes its visitors (issue 23): the footer states the compliance
// level and links to the accessibility statement, the site map and the legal notice, in both
// languages, each a real page of the built site; the legal notice names the host given at
// build time; and printing from the dark theme gives dark text on white with link addresses.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, openPage, distRoot, distSub } from "./harness.mjs";

let server, sub, browser;
before(async () => {
  server = await serve(distRoot);
  sub = await serve(distSub, "/sous/chemin/");
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); await sub?.close(); });

test("the footer states the compliance level and leads to the statement, the site map and the legal notice", async () => {
  const page = await openPage(browser);
  await page.goto(server.base);
  const footer = page.locator("footer");
  await footer.getByRole("link", { name: "Accessibilité : partiellement conforme" }).click();
  await page.getByRole("heading", { level: 1, name: "Déclaration d'accessibilité" }).waitFor();
  assert.match(page.url(), /\/accessibilite$/);
  const main = page.locator("main");
  for (const text of ["RGAA), version 4.1", "axe-core 4.14", "Chromium", "lecteur d'écran", "Défenseur des droits", "Libre réponse 71120"]) {
    await main.getByText(text, { exact: false }).first().waitFor();
  }
  assert.equal(await main.getByRole("link", { name: "info@cnnumerique.fr" }).getAttribute("href"), "mailto:info@cnnumerique.fr");
  await main.getByRole("heading", { level: 2, name: "Critères non vérifiés" }).waitFor();
  await main.getByText("Cette déclaration a été établie le 30 novembre 2026.").waitFor();

  await footer.getByRole("link", { name: "Plan du site" }).click();
  await page.getByRole("heading", { level: 1, name: "Plan du site" }).waitFor();
  const links = await main.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  const pillars = ["contribuer", "alimenter-la-reflexion", "prendre-sa-part", "participer-au-debat"];
  const kinds = ["initiative", "event", "interview", "call"];
  for (const href of ["./", "timeline", "calls", "contribuer", ...pillars.map((p) => `./?pilier=${p}`), "data/commons.json",
    "data/commons.csv", "data/commons.schema.json", "feed.xml", "calendar.ics",
    ...pillars.flatMap((p) => [`feeds/pilier/${p}.ics`, `feeds/pilier/${p}.xml`]),
    ...kinds.flatMap((k) => [`feeds/type/${k}.ics`, `feeds/type/${k}.xml`]), "accessibilite", "mentions-legales"]) {
    assert.ok(links.includes(href), `the site map links ${href}: ${links}`);
  }
  // Every link leads somewhere: each page and file answers 200. Files carry rel="external", so
  // the router leaves them to the browser.
  const targets = await main.locator("a").evaluateAll((as) => as.map((a) => ({ href: a.href, rel: a.rel, file: /\.[a-z]+$/.test(new URL(a.href).pathname) })));
  for (const { href, rel, file } of targets) {
    assert.equal((await fetch(href)).status, 200, href);
    if (file) assert.equal(rel, "external", `${href} is a file: the router must not take it`);
  }
  await main.getByRole("link", { name: "Agenda iCalendar : pilier « Contribuer »" }).waitFor();
  await main.getByRole("link", { name: "Flux Atom : appels à contribution" }).waitFor();
  // A file link opens the file, not the app's "page not found". (Showing a JSON file, the
  // browser also asks for /favicon.ico, which the site does not have: that 404 is the
  // browser's, not the site's.)
  let favicon = 0;
  page.on("console", (m) => { if (new URL(m.location().url || "http://x/").pathname === "/favicon.ico") favicon += 1; });
  await main.getByRole("link", { name: "Données brutes (JSON)" }).click();
  await page.waitForURL(/\/data\/commons\.json$/);
  assert.match(await page.locator("body").textContent(), /"entries"/);
  await page.goBack();
  await page.getByRole("heading", { level: 1, name: "Plan du site" }).waitFor();
  const browsersOwn = page.problems.filter((p) => p.includes("404")).slice(0, favicon);
  page.problems = page.problems.filter((p) => !browsersOwn.includes(p));
  await main.getByRole("link", { name: "Participer au débat", exact: true }).click();
  assert.match(page.url(), /\?pilier=participer-au-debat$/);

  await page.goBack();
  await footer.getByRole("link", { name: "Mentions légales" }).click();
  await page.getByRole("heading", { level: 1, name: "Mentions légales" }).waitFor();
  await main.getByText("Conseil national du numérique (CNNum)").waitFor();
  // Built with no --host-name: the default host is named.
  await main.getByText("GitHub Pages, GitHub Inc.", { exact: false }).waitFor();
  await main.getByRole("link", { name: "Licence Ouverte / Open Licence 2.0 (Etalab)" }).waitFor();
  for (const text of ["aucun cookie", "communs-langue", "communs-theme", "Rien d'autre n'est conservé"]) {
    await main.getByText(text, { exact: false }).first().waitFor();
  }
  // The service worker's copy of the site (offline, #22) is named among what the browser
  // keeps, with how to remove it.
  const kept = await main.locator("li").allTextContents();
  assert.ok(kept.some((item) => item.includes("une copie des fichiers, des pages et des données du site") && item.includes("Cache Storage")), kept.join("\n"));
  await main.getByText("supprimez les données de ce site dans les paramètres de votre navigateur", { exact: false }).waitFor();
  assert.deepEqual(page.problems, []);
});

test("the three pages read in English too", async () => {
  const page = await openPage(browser);
  for (const [route, heading, texts] of [
    ["accessibilite", "Accessibility statement", ["partially compliant with the French accessibility framework (RGAA), version 4.1"]],
    ["plan-du-site", "Site map", ["The four pillars", "Raw data (CSV, for a spreadsheet)", "iCalendar calendar: “Contribute” pillar", "Atom feed: calls for contributions"]],
    ["mentions-legales", "Legal notice", ["sets no cookie", "a copy of the site's files, pages and data", "Cache Storage, kept by the site's service worker",
      "Nothing else is kept", "delete this site's data in your browser's settings"]],
  ]) {
    await page.goto(`${server.base}${route}?lang=en`);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    for (const text of texts) await page.locator("main").getByText(text, { exact: false }).first().waitFor();
    await page.locator("footer").getByRole("link", { name: "Accessibility: partially compliant" }).waitFor();
  }
  assert.deepEqual(page.problems, []);
});

test("each page is a real page of the site under a sub-path, in the sitemap, and names the host given at build time", async () => {
  for (const [route, heading] of [["accessibilite/", "Déclaration d'accessibilité"], ["plan-du-site/", "Plan du site"], ["mentions-legales/", "Mentions légales"]]) {
    const html = fs.readFileSync(path.join(distSub, route, "index.html"), "utf8");
    assert.match(html, new RegExp(`<title>${heading} — Communs`));
    const page = await openPage(browser);
    const response = await page.goto(sub.base + route);
    assert.equal(response.status(), 200);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    assert.deepEqual(page.problems, []);
  }
  const sitemap = fs.readFileSync(path.join(distSub, "sitemap.xml"), "utf8");
  for (const route of ["accessibilite/", "plan-du-site/", "mentions-legales/"]) {
    assert.ok(sitemap.includes(`https://communs.example.org/sous/chemin/${route}`), route);
  }
  const page = await openPage(browser);
  await page.goto(`${sub.base}mentions-legales/`);
  await page.locator("main").getByText("Université Exemple, 1 rue de l'Exemple, 59000 Lille", { exact: true }).waitFor();
  assert.equal(await page.locator("main").getByText("GitHub Pages", { exact: false }).count(), 0);
});

test("printing from the dark theme gives dark text and links on white, with each link's address after it, within the site too", async () => {
  const page = await openPage(browser);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${server.base}entry/nec-hauts-de-france-2023`);
  await page.getByRole("button", { name: "Thème sombre" }).waitFor();
  if ((await page.locator("html").getAttribute("data-theme")) !== "dark") await page.getByRole("button", { name: "Thème sombre" }).click();
  const link = page.locator("main a[href^='https://']").first();
  await link.waitFor();
  const screen = await link.evaluate((a) => getComputedStyle(a).color);
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const printed = await page.evaluate(() => {
    const a = document.querySelector("main a[href^='https://']");
    return {
      body: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector("main h1")).color,
      link: getComputedStyle(a).color,
      after: getComputedStyle(a, "::after").content,
      href: a.getAttribute("href"),
      // A link within the site (a person, an organisation, a related entry) prints its address
      // from the site's root; a tag's chip and the way back (controls) print none.
      internal: [...document.querySelectorAll("main a[href^='organisation/'], main a[href^='personne/'], main a[href^='entry/']")]
        .map((a) => ({ href: a.getAttribute("href"), after: getComputedStyle(a, "::after").content })),
      chip: getComputedStyle(document.querySelector("main a.chip"), "::after").content,
      back: getComputedStyle(document.querySelector("main .back")).display,
    };
  });
  assert.notEqual(screen, "rgb(0, 0, 0)", "on screen the dark theme's link is light");
  assert.equal(printed.body, "rgb(255, 255, 255)");
  assert.equal(printed.text, "rgb(0, 0, 0)");
  assert.equal(printed.link, "rgb(0, 0, 0)");
  assert.equal(printed.after, `" (${printed.href})"`);
  assert.ok(printed.internal.some((a) => a.href.startsWith("organisation/")), JSON.stringify(printed.internal));
  assert.ok(printed.internal.some((a) => a.href.startsWith("personne/")), JSON.stringify(printed.internal));
  assert.ok(printed.internal.some((a) => a.href === "entry/ateliers-wikipedia"), JSON.stringify(printed.internal));
  for (const { href, after } of printed.internal) assert.equal(after, `" (${href})"`, href);
  assert.equal(printed.chip, "none");
  assert.equal(printed.back, "none");
  assert.deepEqual(page.problems, []);
});
