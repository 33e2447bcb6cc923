// Sharing (issue 22): « Copier le lien » says copied only once the clipboard has confirmed it,
// and says so when it refused; « Partager » opens the device's share sheet where the browser
// has one, and is absent elsewhere; every page built with --site-url carries an absolute
// Open Graph image with its size and text, and « Intégrer » gives the site's address.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, openPage, shippedEntries, distRoot, distSub } from "./harness.mjs";

const SITE_URL = "https://communs.example.org/sous/chemin/";

let server, browser;
before(async () => { server = await serve(distSub, "/sous/chemin/"); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The `content` of the `<meta property>` in an HTML text. */
const metaOf = (html, property) => html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1];

test("every page of the sub-path build shows the same absolute Open Graph image, with its size and text", () => {
  const entry = shippedEntries()[0];
  for (const page of ["", "timeline/", "calls/", `entry/${entry.id}/`, "embed/"]) {
    const html = fs.readFileSync(path.join(distSub, page, "index.html"), "utf8");
    assert.equal(metaOf(html, "og:image"), `${SITE_URL}og-image.png`, page);
    assert.equal(metaOf(html, "og:image:width"), "1200", page);
    assert.equal(metaOf(html, "og:image:height"), "630", page);
    assert.match(metaOf(html, "og:image:alt") ?? "", /^Communs, les communs numériques au CNNum/, page);
    assert.equal(metaOf(html, "og:url"), SITE_URL + page, page);
  }
  const png = fs.readFileSync(path.join(distSub, "og-image.png"));
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  const withoutSiteUrl = fs.readFileSync(path.join(distRoot, "index.html"), "utf8");
  assert.equal(metaOf(withoutSiteUrl, "og:image"), undefined, "no relative image without --site-url");
});

test("the shipped image is served beside the pages", async () => {
  const response = await fetch(`${server.base}og-image.png`);
  assert.equal(response.status, 200);
});

test("« Intégrer » gives the site's own address when the build had --site-url", async () => {
  const page = await openPage(browser);
  await page.goto(`${server.base}calls/`);
  await page.getByText("Intégrer", { exact: true }).click();
  const code = await page.getByRole("textbox", { name: "Code à intégrer" }).inputValue();
  assert.match(code, /^<iframe src="https:\/\/communs\.example\.org\/sous\/chemin\/embed\/calls\/" title="[^"]+"/);
  assert.deepEqual(page.problems, []);
});

/** The home with the app running, ready to copy its link. */
async function home(options = {}) {
  const page = await openPage(browser, options);
  await page.goto(`${server.base}?type=event`);
  return page;
}

test("« Copier le lien » says the link is copied once the clipboard holds it", async () => {
  const page = await home({ permissions: ["clipboard-read", "clipboard-write"] });
  await page.getByRole("button", { name: "Copier le lien" }).click();
  await page.getByRole("status").filter({ hasText: "Lien copié" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assert.match(page.url(), /\?type=event$/);
  assert.deepEqual(page.problems, []);
});

test("« Copier le lien » says it failed when the clipboard refuses, and never that it copied", async () => {
  // Chromium lets a focused page write plain text without the permission, whatever the
  // permission says: the refusal is made as a browser that denies it makes it.
  const page = await openPage(browser);
  await page.addInitScript(() => {
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
  });
  await page.goto(`${server.base}?type=event`);
  await page.getByRole("button", { name: "Copier le lien" }).click();
  await page.getByRole("status").filter({ hasText: "Le lien n'a pas pu être copié" }).waitFor();
  assert.equal(await page.getByText("Lien copié").count(), 0);
  assert.deepEqual(page.problems, []);
});

test("« Partager » shares the page's address and title where the browser can share", async () => {
  const page = await openPage(browser);
  await page.addInitScript(() => {
    navigator.share = (data) => { window.sharedWith = { title: data.title, url: data.url }; return Promise.resolve(); };
  });
  await page.goto(`${server.base}?type=event`);
  await page.getByRole("button", { name: "Partager" }).click();
  await page.waitForFunction(() => window.sharedWith !== undefined);
  const shared = await page.evaluate(() => window.sharedWith);
  assert.deepEqual(shared, { title: await page.title(), url: page.url() });
  assert.match(shared.url, /\?type=event$/);
  assert.deepEqual(page.problems, []);
});

test("« Partager » is absent where the browser cannot share", async () => {
  const page = await openPage(browser);
  await page.addInitScript(() => { delete Navigator.prototype.share; delete navigator.share; });
  await page.goto(`${server.base}?type=event`);
  assert.equal(await page.getByRole("button", { name: "Partager" }).count(), 0);
  assert.deepEqual(page.problems, []);
});
