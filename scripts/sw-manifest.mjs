// Writes the service worker's manifest into dist/sw.js: the files the site's pages use, each with a
// hash of its bytes, and a version derived from them. Run by scripts/build after dist/ is complete:
//   node scripts/sw-manifest.mjs [dist]
//
// Which files: every page (each **/index.html, examples/ excluded: that is a demo for bloggers, not
// the site) and everything it references, followed transitively: <script src>, <link href>
// (stylesheet, modulepreload, preload, icon, manifest), <img src>, links to other pages of the site
// (methodology), url(...) in CSS, and in JS every string literal naming a file that exists in dist/
// (imports, new URL('worker.js', import.meta.url), the glue's 'estimator_core.wasm', fetch('x.json')).
// A JS literal is resolved against the module's folder and against the page that loaded it (fetch
// resolves against the page). Nothing else is cached: no README, no examples, no source maps, no
// embed loader (it runs on other sites), and sw.js itself (the browser keeps that one).
//
// Why hashes: the worker checks each file it caches against them, so a new worker can never store the
// previous build's file (an HTTP cache or a half-deployed CDN serving old bytes); see web/sw.js.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';

const NOT_SITE = /^(examples)\//;
const FILE = /\.(?:html|js|mjs|css|wasm|json|svg|png|webp|ico|jpe?g|webmanifest|woff2?)$/;
// In sw.js, the build leaves `__SW_MANIFEST__`; a manifest written earlier sits between markers, so
// the script can run again on a copy of dist/ (the update test builds a second version that way).
const SLOT = /__SW_MANIFEST__|\/\*sw-manifest\*\/.*?\/\*sw-manifest\*\//s;

const toPosix = (p) => p.split(sep).join('/');

async function allFiles(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => toPosix(relative(root, join(e.parentPath ?? e.path, e.name)))).sort();
}

/** The site-relative path that ref (from a file in folder `from`) names, if that file exists in root. */
function resolveRef(root, from, ref) {
  if (!ref || /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref)) return null; // another scheme or origin, or a fragment
  let path = ref.replace(/[?#].*$/s, '');
  path = path.startsWith('/') ? path.slice(1) : posix.join(from, path);
  path = posix.normalize(path);
  if (path.startsWith('..')) return null;
  if (path === '.' || path.endsWith('/')) path = posix.join(path, 'index.html');
  const full = join(root, path);
  if (!existsSync(full)) return null;
  if (statSync(full).isDirectory()) return existsSync(join(full, 'index.html')) ? posix.join(path, 'index.html') : null;
  return FILE.test(path) ? path : null;
}

function htmlRefs(text) {
  const refs = [];
  for (const [, tag, attrs] of text.matchAll(/<(script|link|img|a|source|iframe)\b([^>]*)>/gi)) {
    const attr = (name) => attrs.match(new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);
    const ref = attr(/^(link|a)$/i.test(tag) ? 'href' : 'src');
    if (!ref) continue;
    // A link to another document counts only when it is a page of the site (checked by the caller).
    refs.push({ ref, pageOnly: /^a$/i.test(tag) || (/^link$/i.test(tag) && /\b(alternate|canonical)\b/i.test(attr('rel') ?? '')) });
  }
  return refs;
}

function jsRefs(text) {
  // Whole string literals that look like a relative path to a file: "./x.js", 'x.wasm', "../a/b.json".
  return [...text.matchAll(/(["'`])((?:\.{0,2}\/)?[\w\-.]+(?:\/[\w\-.]+)*\.[a-z0-9]+)\1/gi)].map((m) => ({ ref: m[2] }));
}

const cssRefs = (text) => [...text.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/gi)].map((m) => ({ ref: m[2] }));

/** The files the site's pages use, sorted; each page's own index.html included. */
export async function siteFiles(root) {
  const pages = (await allFiles(root)).filter((f) => /(^|\/)index\.html$/.test(f) && !NOT_SITE.test(f));
  const used = new Set();
  const seen = new Set();
  const queue = pages.map((file) => ({ file, page: file }));
  while (queue.length) {
    const { file, page } = queue.shift();
    const key = `${file}\n${posix.dirname(page)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    used.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    const isHtml = file.endsWith('.html');
    const refs = isHtml ? htmlRefs(text) : /\.m?js$/.test(file) ? jsRefs(text) : file.endsWith('.css') ? cssRefs(text) : [];
    // JS resolves imports against the module and fetch() against the page; the pages' code fetches
    // the site's own data from the site root (root + 'sources.json'): try all three.
    const bases = /\.m?js$/.test(file) ? [posix.dirname(file), posix.dirname(page), '.'] : [posix.dirname(file)];
    for (const { ref, pageOnly } of refs) {
      for (const base of bases) {
        const target = resolveRef(root, base, ref);
        if (!target || target === 'sw.js' || NOT_SITE.test(target)) continue;
        if (pageOnly && !target.endsWith('.html')) continue;
        queue.push({ file: target, page: target.endsWith('.html') ? target : page });
      }
    }
  }
  return [...used].sort();
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** { version, files: { path: first 16 hex digits of its SHA-256 } } for the site in root. */
export async function manifest(root) {
  const files = {};
  for (const file of await siteFiles(root)) files[file] = sha256(readFileSync(join(root, file))).slice(0, 16);
  const version = sha256(Object.entries(files).map(([f, h]) => `${f} ${h}\n`).join('')).slice(0, 12);
  return { version, files };
}

/** Writes the manifest into root/sw.js; returns it. */
export async function writeManifest(root) {
  const path = join(root, 'sw.js');
  const source = readFileSync(path, 'utf8');
  if (!SLOT.test(source)) throw new Error(`${path}: no __SW_MANIFEST__ slot to fill`);
  const result = await manifest(root);
  writeFileSync(path, source.replace(SLOT, () => `/*sw-manifest*/${JSON.stringify(result)}/*sw-manifest*/`));
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  const { version, files } = await writeManifest(root);
  console.log(`sw-manifest: ${Object.keys(files).length} files, version ${version}`);
}
