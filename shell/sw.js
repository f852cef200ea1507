// Jobbplan service worker: offline-first. The build writes the site's version into BUILD_ID: a
// hash of every site file (scripts/sw_version.cmake), so a change to any file makes this script
// byte-different, the browser installs it as an update, and one build's files are never mixed
// with another's. It never touches IndexedDB: the user's data stays as it is across updates.
'use strict';
const BUILD_ID = '__JOBBPLAN_BUILD_ID__';
// The scope is part of the name so copies hosted under different paths of one origin do not
// delete each other's caches.
const PREFIX = 'jobbplan:' + self.registration.scope + ':';
const CACHE = PREFIX + BUILD_ID;
const PRECACHE = [
  './',
  'index.html',
  'boot.js',
  'style.css',
  'jobbplan.js',
  'jobbplan.wasm',
  'manifest.webmanifest',
  'icon.svg',
  'icon-192.png',
  'icon-512.png',
  'favicon.ico',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // cache: 'reload' bypasses the HTTP cache so a new build never precaches stale files.
    await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
    // First install: take over at once. An update waits until no page runs the old build, or the
    // page posts 'skipWaiting' (its "Update now" button, or a page that failed to start; boot.js)
    // and then reloads, so a running page never gets files from two builds.
    if (!self.registration.active) await self.skipWaiting();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting' || (event.data && event.data.type === 'skipWaiting')) self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE)
                           .map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const isNav = req.mode === 'navigate';
    // Navigations ignore the query (?nosw, ?lang=...) so the cached page answers them.
    const hit = await cache.match(req, { ignoreSearch: isNav });
    if (hit) return hit;
    try {
      const res = await fetch(req);
      // Keep same-origin successes (e.g. assets/ files) for the next offline visit.
      if (res.ok && res.type === 'basic') cache.put(req, res.clone());
      return res;
    } catch (err) {
      if (isNav) {
        const page = (await cache.match('index.html')) || (await cache.match('./'));
        if (page) return page;
      }
      throw err;
    }
  })());
});
