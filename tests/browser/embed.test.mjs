// Embeds (issue 22): « Intégrer » gives an <iframe> code that, pasted into a page of another
// site, shows the view with its filters; links inside open in the top window; the header files
// let other sites frame the embeds only. The site here is served with the headers its own
// `_headers` file gives, as Netlify or Cloudflare Pages would.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { serve, launch, openPage, shippedEntries, distRoot, frNumber } from "./harness.mjs";

/** The rules of a `_headers` file: each pattern (a trailing `*` matches any end) and its headers. */
function headerRules(file) {
  const rules = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("  ")) {
      const [name, ...value] = line.trim().split(": ");
      rules.at(-1)?.headers.push([name, value.join(": ")]);
    } else if (line.trim()) {
      rules.push({ pattern: line.trim(), headers: [] });
    }
  }
  return rules;
}

/** Serves `dir` at the root with every header of every `_headers` rule a path matches, each
 *  header name once with all its values (two policies, both enforced). */
async function serveWithHeaders(dir) {
  const rules = headerRules(path.join(dir, "_headers"));
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = path.join(dir, rel);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    const found = file.startsWith(dir) && fs.existsSync(file);
    const headers = {};
    for (const { pattern, headers: pairs } of rules) {
      const matches = pattern.endsWith("*") ? rel.startsWith(pattern.slice(0, -1)) : rel === pattern;
      if (matches) for (const [name, value] of pairs) (headers[name] ??= []).push(value);
    }
    for (const [name, values] of Object.entries(headers)) res.setHeader(name, values);
    const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml" };
    res.writeHead(found ? 200 : 404, { "content-type": types[path.extname(found ? file : ".html")] ?? "application/octet-stream" });
    res.end(fs.readFileSync(found ? file : path.join(dir, "404.html")));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({
    base: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }),
  })));
}

let site, partner, partnerDir, browser;
before(async () => {
  site = await serveWithHeaders(distRoot);
  partnerDir = fs.mkdtempSync(path.join(os.tmpdir(), "communs-partenaire-"));
  partner = await serve(partnerDir, "/");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await partner?.close();
  fs.rmSync(partnerDir, { recursive: true, force: true });
});

/** A partner's page, on the other origin, holding `body`. */
function partnerPage(name, body) {
  fs.writeFileSync(path.join(partnerDir, name),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Partenaire</title><link rel="icon" href="data:,"></head><body><h1>Nos communs</h1>${body}</body></html>`);
  return partner.base + name;
}

/** The <iframe> code « Intégrer » gives on the site's page at `route`. */
async function snippetOf(page, route) {
  await page.goto(site.base + route);
  await page.getByText("Intégrer", { exact: true }).click();
  const code = page.getByRole("textbox", { name: "Code à intégrer" });
  await code.waitFor();
  return code.inputValue();
}

test("the explore filter's <iframe> code shows the same entries on another site, and its links open the site in the top window", async () => {
  const page = await openPage(browser);
  const filter = "?pilier=contribuer&q=atelier";
  // « Intégrer » comes with the app, which shows the filter's results.
  const snippet = await snippetOf(page, filter);
  const shown = await page.locator("#results-count").filter({ hasText: /résultat/ }).textContent();
  assert.notEqual(shown, `${frNumber(shippedEntries().length)} résultats`, "the filter narrows the list");
  const src = `${site.base}embed/?q=atelier&amp;pilier=contribuer`;
  assert.match(snippet, new RegExp(`^<iframe src="${src.replace(/[.?*+^$()[\]\\]/g, "\\$&")}" title="Communs — CNNum : les communs numériques" width="100%" height="\\d+" style="border: 0" loading="lazy"></iframe>$`));

  const visitor = await openPage(browser);
  await visitor.goto(partnerPage("liste.html", snippet));
  assert.notEqual(new URL(visitor.url()).origin, new URL(site.base).origin, "the partner is another origin");
  const frame = visitor.frameLocator("iframe");
  await frame.getByText(shown, { exact: true }).waitFor();
  const cards = frame.locator(".result-list > li");
  assert.ok((await cards.count()) >= 1);
  await frame.getByRole("link", { name: "Communs — CNNum" }).waitFor();
  assert.equal(await frame.locator("header, footer").count(), 0, "no site header nor footer in an embed");
  assert.equal(await frame.getByText("Intégrer", { exact: true }).count(), 0);

  const first = cards.first().getByRole("link");
  const title = await first.textContent();
  await first.click();
  await visitor.waitForURL((url) => url.href.startsWith(`${site.base}entry/`), { waitUntil: "commit" });
  await visitor.getByRole("heading", { level: 1, name: title.trim() }).waitFor();
  assert.deepEqual(page.problems, []);
  assert.deepEqual(visitor.problems, []);
});

test("the calls' and the timeline's codes frame embed/calls/ and embed/timeline/ without the site's header", async () => {
  const page = await openPage(browser);
  const calls = await snippetOf(page, "calls/");
  assert.match(calls, new RegExp(`src="${site.base}embed/calls/" title="Communs — CNNum : appels à contribution"`));
  const timeline = await snippetOf(page, "timeline/?type=event");
  assert.match(timeline, new RegExp(`src="${site.base}embed/timeline/\\?type=event" title="Communs — CNNum : frise chronologique"`));

  const visitor = await openPage(browser);
  await visitor.goto(partnerPage("vues.html", calls + timeline));
  const [callsFrame, timelineFrame] = [visitor.frameLocator("iframe").nth(0), visitor.frameLocator("iframe").nth(1)];
  await callsFrame.getByRole("heading", { level: 1, name: "Appels à contribution" }).waitFor();
  await timelineFrame.getByRole("heading", { level: 1, name: "Frise chronologique" }).waitFor();
  await timelineFrame.locator(".timeline-item").first().waitFor();
  const kinds = await timelineFrame.locator(".timeline-item .badge").allTextContents();
  assert.ok(kinds.length > 0 && kinds.every((kind) => kind === "Événement"), kinds.join(", "));
  for (const frame of [callsFrame, timelineFrame]) {
    assert.equal(await frame.locator("header, footer").count(), 0);
    await frame.getByRole("link", { name: "Communs — CNNum" }).waitFor();
  }
  assert.deepEqual(visitor.problems, []);
});

test("in an embedded timeline, choosing a period and clearing it keep the frame on the embed", async () => {
  const visitor = await openPage(browser);
  await visitor.goto(partnerPage("periode.html", `<iframe title="frise" src="${site.base}embed/timeline/"></iframe>`));
  const frame = visitor.frameLocator("iframe");
  const all = shippedEntries().length;
  const dated = shippedEntries().filter((e) => e.date);
  await frame.getByText(`${all} entrées`, { exact: true }).waitFor();
  await frame.getByLabel("Du").selectOption("2024-01");
  const in2024 = dated.filter((e) => e.date.start >= "2024-01").length;
  await frame.getByText(`${in2024} entrées`, { exact: true }).waitFor();
  const framed = () => visitor.frames().find((f) => f !== visitor.mainFrame()).url();
  assert.match(framed(), /\/embed\/timeline\/?\?du=2024-01/);
  await frame.getByRole("button", { name: "Toute la période ×" }).click();
  await frame.getByText(`${all} entrées`, { exact: true }).waitFor();
  assert.match(framed(), /\/embed\/timeline\/?$/);
  assert.equal(await frame.locator("header, footer").count(), 0, "still the embed");
  assert.deepEqual(visitor.problems, []);
});

test("a page of the full site framed where no header forbids it offers only a link out of the frame", async () => {
  // As on GitHub Pages, which sends no headers: the partner's frame points at the full timeline.
  const plain = await serve(distRoot);
  try {
    const visitor = await openPage(browser);
    await visitor.goto(partnerPage("sans-en-tetes.html", `<iframe title="frise" src="${plain.base}timeline/"></iframe>`));
    const frame = visitor.frameLocator("iframe");
    const out = frame.getByRole("link", { name: "Ouvrir cette page de Communs" });
    await out.waitFor();
    assert.equal(await out.getAttribute("target"), "_top");
    assert.equal(await frame.locator("header, footer, .timeline-item").count(), 0, "the full site does not run in the frame");
    await out.click();
    await visitor.waitForURL(`${plain.base}timeline/`);
    await visitor.getByRole("heading", { level: 1, name: "Frise chronologique" }).waitFor();
  } finally {
    await plain.close();
  }
});

test("an embed with unknown parameters shows the unfiltered list, with no error", async () => {
  const page = await openPage(browser);
  await page.goto(`${site.base}embed/?inconnu=1&pilier=nulle-part&tri=%00`);
  await page.getByText(`${frNumber(shippedEntries().length)} résultats`, { exact: true }).waitFor();
  assert.equal(await page.locator("header, footer").count(), 0);
  assert.deepEqual(page.problems, []);
});

test("another site may frame an embed but not a page of the full site, as the header files say", async () => {
  const visitor = await openPage(browser);
  const refused = visitor.waitForEvent("console", (message) => /^Framing '[^']*' violates .*"frame-ancestors 'none'"/.test(message.text()));
  await visitor.goto(partnerPage("cadres.html",
    `<iframe title="frise" src="${site.base}timeline/"></iframe><iframe title="intégrée" src="${site.base}embed/timeline/"></iframe>`));
  await visitor.frameLocator('iframe[title="intégrée"]').getByRole("heading", { level: 1, name: "Frise chronologique" }).waitFor();
  await refused;
  const frames = visitor.frames().filter((frame) => frame !== visitor.mainFrame()).map((frame) => frame.url());
  assert.deepEqual(frames.sort(), ["chrome-error://chromewebdata/", `${site.base}embed/timeline/`], "the full timeline is refused");
  assert.deepEqual(visitor.problems.filter((p) => !p.includes("frame-ancestors 'none'")), []);
});
