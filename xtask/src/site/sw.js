// Communs' service worker, written by `cargo xtask dist` (xtask/src/site/service_worker.rs),
// which fills in VERSION (a hash of what this build ships) and PRECACHE (its files).
//
// After one visit the site works without a network: the app, its data and the main views are
// cached when the worker installs, every other page and file when it is first fetched, and a
// page never fetched is answered with the app's shell, which shows it from the cached data.
// Everything belongs to one build: a new build is a new worker, which installs beside the old
// one and waits until the visitor chooses to reload (the app says "Une nouvelle version est
// disponible"), so nobody is left silently on old data, nor switched without warning.
"use strict";

const VERSION = "__VERSION__";
/** Paths relative to this file: the shell, the wasm and its loader, the CSS, the data, the main views. */
const PRECACHE = __PRECACHE__;
/** The page that boots the app at any address (the build's 404.html). */
const SHELL = "__SHELL__";
/** What the page posts to let a waiting worker take over. */
const TAKE_OVER = "__TAKE_OVER__";

const scope = self.registration.scope;
const prefix = `communs ${scope} `;
const cacheName = prefix + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(cacheName).then((cache) =>
      // Each file as the host has it now (what the HTTP cache holds is checked, not fetched
      // again): they must all come from this build.
      cache.addAll(PRECACHE.map((path) => new Request(new URL(path, scope), { cache: "no-cache" })))
    )
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(prefix) && name !== cacheName) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  if (event.data === TAKE_OVER) self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(scope)) return;
  // Only whole responses are cached: a range request goes to the network as it is.
  if (request.headers.has("range")) return;
  event.respondWith(request.mode === "navigate" ? page(request) : file(request));
});

/** A page: this build's copy (the query string is the app's state, not another page), else the
 *  network's, kept for next time, else the shell, which boots the app on the cached data. */
async function page(request) {
  const cache = await caches.open(cacheName);
  const url = new URL(request.url);
  url.search = "";
  url.hash = "";
  const folder = url.pathname.endsWith("/") || url.pathname.split("/").pop().includes(".") ? null : new URL(url.href + "/");
  const cached = (await cache.match(url.href)) || (folder && (await cache.match(folder.href)));
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic" && !response.redirected) await cache.put(url.href, response.clone());
    return response;
  } catch (offline) {
    const shell = await cache.match(new URL(SHELL, scope).href);
    if (shell) return shell;
    throw offline;
  }
}

/** A file: this build's copy, returned as it was stored (the browser keeps the wasm's compiled
 *  code for a response it has seen), else the network's, kept for next time. */
async function file(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") await cache.put(request, response.clone());
  return response;
}
