// Service worker: after the first visit the site works offline, and a new deploy reaches a returning
// visitor at the latest on the second load, never mixed with the previous one. Only this origin's
// GET requests for the site's own files are handled; nothing is fetched from anywhere else.
//
// Why it works this way:
// - MANIFEST (written by scripts/sw-manifest.mjs) lists the files the pages use with a hash of each,
//   and a version derived from them. A deploy that changes any file changes this script, and the
//   browser checks this script past the HTTP cache on every navigation, so it finds the new worker.
// - Installing, each file is fetched and checked against its hash. The first try may come from the
//   HTTP cache (free on a first visit: the page has just downloaded it); a file that is not this
//   build's (GitHub Pages' max-age=600 lets the HTTP cache keep the previous deploy) is fetched again
//   with cache: 'reload'. A file that still does not match (a CDN mid-deploy) fails the install, and
//   the browser tries again at the next navigation. So a cache holds exactly one build; cache.addAll
//   went through the HTTP cache and could store the previous build's files under the new name.
// - Files are served cache-first from this worker's own version: a page and every file it loads
//   (the wasm, the worker) come from one build. Not network-first for pages: a new page would then
//   load its scripts from the old cache (same names, different build), and every visit would wait
//   for the network; the new version comes one load later instead, whole.
// - A new worker waits instead of taking over open pages, so no page has its files swapped under it.
//   It takes over when the page's "new version" button asks (sw-register.js), or when the only tab
//   reloads or navigates: this worker then lets the new one activate and answers that navigation with
//   an empty page that refreshes at once, now served by the new version. A plain reload alone never
//   activates a waiting worker (the old page is still open when the new one is requested); this
//   "update on reload" is what makes the second load the new version (pattern: Jake Archibald).
const MANIFEST = __SW_MANIFEST__;
const PREFIX = 'estimator-site-';
const CACHE = PREFIX + MANIFEST.version;
// The first worker (until 2026-11) cached under this prefix, served its cache forever and never lets
// a waiting worker in on reload: when it is the active one, this worker takes over at once, as that
// one did itself, so its visitors too get this version on their second load.
const LEGACY_PREFIX = 'influencer-estimator-';
const isOurs = (name) => name.startsWith(PREFIX) || name.startsWith(LEGACY_PREFIX);
const BASE = new URL('./', self.location).pathname;

async function shortHash(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function fetchVerified(path, hash) {
  for (const mode of ['default', 'reload']) {
    const response = await fetch(new Request(path, { cache: mode }));
    if (response.ok && await shortHash(await response.clone().arrayBuffer()) === hash) return response;
  }
  throw new Error(`${path} is not the file of version ${MANIFEST.version}`);
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(Object.entries(MANIFEST.files).map(async ([path, hash]) => cache.put(path, await fetchVerified(path, hash))));
    } catch (error) {
      await caches.delete(CACHE); // never leave half a version behind
      throw error;
    }
    if ((await caches.keys()).some((name) => name.startsWith(LEGACY_PREFIX))) await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((name) => isOurs(name) && name !== CACHE);
    await Promise.all(old.map((name) => caches.delete(name)));
    await self.clients.claim(); // the first visit's page, so that what it loads later is cached too
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

/** The manifest path a URL of this site stands for ('nl/' → 'nl/index.html'), or null. */
function manifestPath(url) {
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return null;
  let path = decodeURIComponent(url.pathname.slice(BASE.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return Object.hasOwn(MANIFEST.files, path) ? path : null;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  let path = null;
  try { path = manifestPath(new URL(request.url)); } catch { /* a malformed escape: not ours */ }
  if (!path) return; // not a file of the site: the browser fetches it as usual
  event.respondWith(request.mode === 'navigate' ? navigate(request, path) : fromCache(request, path));
});

async function fromCache(request, path) {
  // The page's query (?lang=nl, ?embed=1) does not change the file served.
  return (await (await caches.open(CACHE)).match(path)) ?? fetch(request);
}

// Answered to a navigation while the new worker takes over: an empty page that reloads once the new
// worker is active (location.reload keeps the URL, fragment and scenario included; a meta refresh to
// a URL with a fragment would only scroll). Chromium activates the new worker only after this one has
// answered every request in flight, so this answer cannot wait for it. Inline, so it needs no file;
// its own CSP allows that one script by hash and nothing else.
const RELOAD_SCRIPT = '(async()=>{const r=await navigator.serviceWorker.getRegistration();' +
  'for(let i=0;i<40&&r&&r.waiting;i++)await new Promise((f)=>setTimeout(f,50));location.reload()})()';
const reloadPage = crypto.subtle.digest('SHA-256', new TextEncoder().encode(RELOAD_SCRIPT)).then((digest) => ({
  body: `<!doctype html><title></title><script>${RELOAD_SCRIPT}</script>`,
  csp: `default-src 'none'; script-src 'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`,
}));

// The waiting worker already asked to take over, and how many reload pages this worker answered for
// it: should a reload still reach this worker (the new one failed to activate), it gives up after
// two and serves its own version. Never a loop.
let nudged = null;
let reloads = 0;
async function navigate(request, path) {
  const next = self.registration.waiting;
  if (next && (await self.clients.matchAll()).length < 2) {
    if (next !== nudged) {
      nudged = next;
      reloads = 0;
      next.postMessage('skip-waiting');
    }
    if (reloads++ < 2) {
      const { body, csp } = await reloadPage;
      return new Response(body, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' } });
    }
  }
  return fromCache(request, path);
}
