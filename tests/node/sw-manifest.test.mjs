// scripts/sw-manifest.mjs: the service worker caches what the site's pages use and nothing else, found
// by following references from every page, and its version changes whenever one of those files does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { manifest, siteFiles, writeManifest } from '../../scripts/sw-manifest.mjs';

// A site shaped like the one being split into a page per tool and language.
const SITE = {
  'index.html': '<link rel="icon" href="favicon.svg"><script type="module" src="./redirect.js"></script>',
  'redirect.js': 'location.replace("en/engagement/")',
  'en/engagement/index.html': '<link rel="stylesheet" href="../../style.css"><link rel=modulepreload href="../../estimator_core.js">' +
    '<link rel="preload" href="../../estimator_core.wasm" as="fetch" crossorigin><script type="module" src="../../engagement.js"></script>' +
    '<a href="../../nl/engagement/">nl</a> <a href="https://example.com/x.js">elsewhere</a> <a href="#top">top</a>' +
    '<link rel="alternate" hreflang="nl" href="../../nl/engagement/">',
  'nl/engagement/index.html': '<script type="module" src="/engagement.js"></script>',
  'engagement.js': 'import{a as b}from"./estimator.js";new Worker(new URL("worker.js",import.meta.url));' +
    'const m=`methodology.html`;const snippet=`<script src="${base}embed.js"></script>`;let none="missing.js";' +
    '//# sourceMappingURL=engagement.js.map',
  'estimator.js': "import c from './estimator_core.js'",
  'estimator_core.js': 'var f="estimator_core.wasm";',
  'estimator_core.wasm': '\0asm',
  'worker.js': 'import{createEstimator}from"./estimator.js";',
  'style.css': 'body{background:url("img/dot.svg")} @font-face{src:url(fonts/a.woff2)}',
  'img/dot.svg': '<svg/>',
  'fonts/a.woff2': 'font',
  'favicon.svg': '<svg/>',
  'methodology.html': '<script type="module" src="methodology.js"></script>',
  'methodology.js': 'fetch("benchmarks.json")',
  'benchmarks.json': '{}',
  // Not used by any page:
  'README.md': '# dist', 'engagement.js.map': '{}', 'embed.js': 'new URL("index.html",base)', 'unused.json': '{}',
  'examples/index.html': '<script src="../embed.js"></script>', 'examples/blog.html': '<script src="../embed.js"></script>',
  'sw.js': 'const MANIFEST=__SW_MANIFEST__;',
};

async function site(files = SITE) {
  const root = await mkdtemp(join(tmpdir(), 'sw-manifest-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

test('every page and what it references, transitively; nothing else', async () => {
  const root = await site();
  try {
    assert.deepEqual(await siteFiles(root), [
      'benchmarks.json', 'engagement.js', 'en/engagement/index.html', 'estimator.js', 'estimator_core.js',
      'estimator_core.wasm', 'favicon.svg', 'fonts/a.woff2', 'img/dot.svg', 'index.html', 'methodology.html',
      'methodology.js', 'nl/engagement/index.html', 'redirect.js', 'style.css', 'worker.js',
    ].sort());
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('sw.js gets the list with each file\'s hash; the version follows the content; running again replaces it', async () => {
  const root = await site();
  try {
    const first = await writeManifest(root);
    const expected = createHash('sha256').update(SITE['style.css']).digest('hex').slice(0, 16);
    assert.equal(first.files['style.css'], expected);
    assert.match(first.version, /^[0-9a-f]{12}$/);
    const written = await readFile(join(root, 'sw.js'), 'utf8');
    assert.equal(written, `const MANIFEST=/*sw-manifest*/${JSON.stringify(first)}/*sw-manifest*/;`);

    assert.deepEqual(await writeManifest(root), first, 'same files, same version');
    await writeFile(join(root, 'README.md'), 'changed'); // not used: no new version
    assert.equal((await manifest(root)).version, first.version);
    await writeFile(join(root, 'estimator_core.wasm'), '\0asm2');
    const second = await writeManifest(root);
    assert.notEqual(second.version, first.version);
    assert.equal((await readFile(join(root, 'sw.js'), 'utf8')).split('sw-manifest').length, 3, 'one manifest, replaced');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('an sw.js without a slot for the manifest is an error, not a silent skip', async () => {
  const root = await site({ ...SITE, 'sw.js': 'const MANIFEST = {};' });
  try {
    await assert.rejects(writeManifest(root), /no __SW_MANIFEST__ slot/);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

const DIST = new URL('../../dist/', import.meta.url).pathname;
test('the built site: the pages\' code, modules, worker and dataset; no README, examples, maps, embed loader or public API',
  { skip: !existsSync(join(DIST, 'sw.js')) && 'dist/ is not built' }, async () => {
    const { files } = await manifest(DIST);
    const list = Object.keys(files);
    const pageModules = Object.keys(JSON.parse(await readFile(new URL('../../wasm/modules.json', import.meta.url), 'utf8')));
    for (const needed of ['index.html', 'style.css', 'wasm/glue.js', ...pageModules.map((m) => `wasm/${m}.wasm`)]) {
      assert.ok(list.includes(needed), `${needed} is cached`);
    }
    // The public API and its whole module are for other sites' code: no page loads them.
    for (const unused of ['estimator.js', 'estimator_core.js', 'estimator_core.wasm']) assert.ok(!list.includes(unused), `${unused} is not cached`);
    assert.ok(list.some((f) => f.endsWith('worker.js')), 'the worker is cached');
    assert.ok(list.filter((f) => f.endsWith('/index.html')).length > 1, 'every tool page is cached');
    assert.deepEqual(list.filter((f) => /README|^examples\/|\.map$|^embed\.js$|^sw\.js$/.test(f)), []);
    const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
    assert.ok(sw.includes(JSON.stringify(await manifest(DIST))), 'dist/sw.js holds the manifest of dist/ as built');
  });
