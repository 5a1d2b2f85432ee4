// Service worker: after the first visit the calculator works offline. Every file of the site is
// cached under a name that changes with each build, so a new version replaces the old one whole.
// Only this origin's GET requests are handled; nothing is fetched from anywhere else.
const VERSION = '__BUILD_VERSION__';
const FILES = ['./', ...__BUILD_FILES__];
const CACHE = 'influencer-estimator-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith('influencer-estimator-') && n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // The page's query (?lang=nl, ?embed=1) does not change the file served.
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(request, { ignoreSearch: true }))
    .then((hit) => hit ?? fetch(request)));
});
