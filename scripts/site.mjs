#!/usr/bin/env node
// Writes the site's pages and bundles into dist/ (called by scripts/build after the wasm build):
// one static page per tool per language (web/site.js lists them; the texts come from
// web/i18n/<lang>.js), the landing pages, the methodology pages and the root redirect. Each page
// preloads exactly what its first render loads: its tool's code, its language, the shared code,
// the worker, its wasm glue and the wasm (the page's script, boot.js, first: it starts the worker). SITE_URL (e.g. https://example.org/calc/) makes
// canonical and hreflang addresses absolute; without it they are relative.
import { build, transform } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { CURRENCIES, LANDING_TOOL, LANGS, METHODOLOGY, TOOLS, pagePath } from '../web/site.js';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const WEB = join(ROOT, 'web');
const SITE_URL = process.env.SITE_URL ?? '';
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

const texts = Object.fromEntries(await Promise.all(LANGS.map(async (l) => [l, (await import(join(WEB, 'i18n', l + '.js'))).default])));

// --- Bundles -------------------------------------------------------------------------------------

// Each tool page loads its language's texts for that tool only (js/i18n/<lang>/<tool>.js), cut
// from the one translation file per language: no text only the static HTML uses (titles,
// descriptions, explanations, formulas, landing and methodology headings), no label of another
// tool's fields, and no text under a prefix another tool owns (a tool's `texts`, e.g. plan.*).
const HTML_ONLY = /^(page\.[\w-]+\.(title|description|explain|formula)|landing\..*|methodology\..*|noscript.*|how_computed|sources_note|language_name|all_tools|skip|footer)$/;
const modules = Object.fromEntries(await Promise.all(TOOLS.map(async (t) => [t.id, (await import(join(WEB, 'tools', t.id + '.js'))).default])));
const fieldNames = (tool) => [...tool.fields, ...(tool.list?.fields ?? [])].flatMap((f) => [f.name, f.label].filter(Boolean));
const allFieldNames = new Set(Object.values(modules).flatMap(fieldNames));
const owned = Object.values(modules).flatMap((m) => m.texts ?? []);

function textsFor(lang, id) {
  const tool = modules[id];
  const fields = new Set(fieldNames(tool));
  const keep = (key) => {
    if (HTML_ONLY.test(key)) return false;
    if (owned.some((p) => key.startsWith(p))) return (tool.texts ?? []).some((p) => key.startsWith(p));
    const field = /^field\.(\w+)$/.exec(key)?.[1];
    return !field || !allFieldNames.has(field) || fields.has(field);
  };
  return Object.fromEntries(Object.entries(texts[lang]).filter(([k]) => keep(k)));
}

const toolTexts = {
  name: 'tool-texts',
  setup(b) {
    b.onResolve({ filter: /^texts:/ }, (args) => ({ path: args.path, namespace: 'texts' }));
    b.onLoad({ filter: /.*/, namespace: 'texts' }, (args) => {
      const [lang, id] = args.path.slice(6).split('/');
      return { contents: `export default ${JSON.stringify(textsFor(lang, id))};`, loader: 'js' };
    });
  },
};

const entries = ['boot.js', 'page.js', 'worker.js', 'methodology.js', 'redirect.js', ...TOOLS.map((t) => `tools/${t.id}.js`)];
const result = await build({
  entryPoints: [...entries.map((e) => ({ in: join(WEB, e), out: e.replace(/\.js$/, '') })),
    ...LANGS.flatMap((l) => TOOLS.map((t) => ({ in: `texts:${l}/${t.id}`, out: `i18n/${l}/${t.id}` })))], outdir: join(DIST, 'js'), outbase: WEB, bundle: true, splitting: true,
  format: 'esm', minify: true, target: 'es2020', metafile: true, chunkNames: 'chunks/[name]-[hash]', logLevel: 'warning',
  plugins: [toolTexts],
  // The dataset's tier schemes for the compare tool's tier bands (web/tools/compare.js): 0.3 KB in
  // its code instead of a request to the core before the page's first answer. As JSON text: an
  // object would become a chunk that every page loads.
  define: { __TIER_SCHEMES__: JSON.stringify(JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'core/data/benchmarks.json'), 'utf8'))
    .tier_schemes.map(({ id, source, tiers }) => ({ id, source, tiers })))) },
});
const outputs = result.metafile.outputs;

/** A bundle and every chunk it imports statically, as paths from dist/. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const i of outputs['dist/' + file]?.imports ?? []) {
    if (i.kind === 'import-statement' && !i.external) closure(relative(DIST, join(ROOT, i.path)), seen);
  }
  return seen;
}

// --- Pages ---------------------------------------------------------------------------------------

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A link from one folder of the site to another, both ending in "/" ("en/cost/" → "../../nl/kosten/"). */
const rel = (from, to) => (relative(from, to) ? relative(from, to) + '/' : './');
const url = (path, from) => (SITE_URL ? SITE_URL + path : rel(from, path));

function head({ lang, title, description, dir, alternates, preload = [], script }) {
  const rootRel = relative(dir, '') ? relative(dir, '') + '/' : '';
  const at = (path) => url(path, dir);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<meta name="description" content="${esc(description)}">
${alternates ? `<link rel="canonical" href="${esc(at(alternates[lang]))}">
${LANGS.map((l) => `<link rel="alternate" hreflang="${l}" href="${esc(at(alternates[l]))}">`).join('\n')}
<link rel="alternate" hreflang="x-default" href="${esc(at(alternates[LANGS[0]]))}">\n` : ''}<link rel="icon" href="${rootRel}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${rootRel}style.css">
<script type="module" src="${rootRel}${script}"></script>
${preload.map((p) => (p.endsWith('.wasm') ? `<link rel="preload" href="${rootRel}${p}" as="fetch" type="application/wasm" crossorigin>`
    : `<link rel="modulepreload" href="${rootRel}${p}">`)).join('\n')}
</head>`;
}

function write(path, html) {
  const file = join(DIST, path, path.endsWith('.html') ? '' : 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html.replace(/\n{2,}/g, '\n') + '\n');
}

// A tool page's wasm module: its glue and its code, holding only the kinds the page sends
// (wasm/modules.json; scripts/build copies them to dist/wasm/). The worker loads them.
const wasmModule = (id) => ['wasm/glue.js', `wasm/${id}.wasm`];  // one glue for every page's module (worker.js)

function nav(lang, dir, current) {
  const T = texts[lang];
  return `<nav id="tools" aria-label="${esc(T.all_tools)}"><h2>${esc(T.all_tools)}</h2><ul>
${TOOLS.map((t) => `<li><a href="${esc(rel(dir, pagePath(lang, t.id)))}"${t.id === current ? ' aria-current="page"' : ''}>${esc(T[`page.${t.id}.h1`])}</a></li>`).join('\n')}
<li><a href="${esc(rel(dir, `${lang}/${METHODOLOGY[lang]}`))}">${esc(T.methodology)}</a></li>
</ul></nav>`;
}

function languageLinks(lang, alternates, dir, marker = true) {
  return LANGS.filter((l) => l !== lang).map((l) => `<a href="${esc(rel(dir, alternates[l]))}" hreflang="${l}" lang="${l}"${marker ? ' data-switch-lang' : ''}>${esc(texts[l].language_name)}</a>`).join(' ');
}

function toolPage(lang, id, landing) {
  const T = texts[lang];
  const alternates = Object.fromEntries(LANGS.map((l) => [l, pagePath(l, landing ? null : id)]));
  const dir = alternates[lang];
  const rootRel = relative(dir, '') + '/';
  // The script is boot.js (it starts the worker, then loads page.js). The worker is preloaded too:
  // a worker has no share in the page's preloads, but the HTTP cache serves it what they fetched.
  const code = [...closure('js/boot.js'), ...closure('js/page.js'), ...closure(`js/tools/${id}.js`), ...closure(`js/i18n/${lang}/${id}.js`), ...closure('js/worker.js')];
  const preload = [...new Set([...code, ...wasmModule(id)])].filter((f) => f !== 'js/boot.js');
  const title = landing ? T['landing.title'] : T[`page.${id}.title`];
  return `${head({ lang, title, description: T[landing ? 'landing.description' : `page.${id}.description`], dir, alternates, preload, script: 'js/boot.js' })}
<body data-tool="${id}" data-root="${rootRel}" data-texts="${rootRel}js/i18n/${lang}/${id}.js">
<a class="skip" href="#main">${esc(T.skip)}</a>
<header>
<p class="brand"><a href="${esc(rel(dir, pagePath(lang, null)))}">${esc(T.title)}</a></p>
<p class="header-links"><a href="#tools">${esc(T.all_tools)}</a> ${languageLinks(lang, alternates, dir)}</p>
</header>
<main id="main" tabindex="-1">
<h1>${esc(landing ? T['landing.h1'] : T[`page.${id}.h1`])}</h1>
<p class="intro">${esc(T[`page.${id}.explain`])}</p>
<p id="status" role="status"></p>
<div id="app"><noscript><p>${esc(T.noscript)}</p></noscript></div>
<section class="about" aria-labelledby="about-title">
<h2 id="about-title">${esc(T.how_computed)}</h2>
<p><code id="formula">${esc(T[`page.${id}.formula`])}</code></p>
<p>${esc(T.sources_note)} <a href="${esc(rel(dir, `${lang}/${METHODOLOGY[lang]}`))}">${esc(T.methodology)}</a></p>
</section>
</main>
${nav(lang, dir, landing ? null : id)}
<footer><p>${esc(T.footer)}</p></footer>
</body>
</html>`;
}

function methodologyPage(lang) {
  const T = texts[lang];
  const alternates = Object.fromEntries(LANGS.map((l) => [l, `${l}/${METHODOLOGY[l]}/`]));
  const dir = alternates[lang];
  return `${head({ lang, title: T['methodology.title'], description: T['methodology.description'], dir, alternates,
    preload: [...closure('js/methodology.js')].filter((f) => f !== 'js/methodology.js'), script: 'js/methodology.js' })}
<body data-root="${relative(dir, '')}/">
<header>
<p class="brand"><a href="${esc(rel(dir, pagePath(lang, null)))}">${esc(T.title)}</a></p>
<p class="header-links">${languageLinks(lang, alternates, dir, false)}</p>
<h1 id="title">${esc(T['methodology.title'])}</h1>
<p id="intro"></p>
</header>
<main id="main"><noscript><p>${esc(T.noscript_methodology)}</p></noscript></main>
</body>
</html>`;
}

function redirectPage(path, script, title) {
  const dir = dirname(path) === '.' ? '' : dirname(path);
  return `${head({ lang: LANGS[0], title, description: texts[LANGS[0]]['landing.description'], dir, script })}
<body>
<main id="main"><h1>${esc(title)}</h1><ul>
${LANGS.map((l) => `<li><a href="${esc(rel(dir, pagePath(l, null)))}" hreflang="${l}" lang="${l}">${esc(texts[l]['landing.h1'])} (${esc(texts[l].language_name)})</a></li>`).join('\n')}
</ul></main>
</body>
</html>`;
}

for (const lang of LANGS) {
  write(pagePath(lang, null), toolPage(lang, LANDING_TOOL, true));
  for (const t of TOOLS) write(pagePath(lang, t.id), toolPage(lang, t.id, false));
  write(`${lang}/${METHODOLOGY[lang]}/`, methodologyPage(lang));
}
write('index.html', redirectPage('index.html', 'js/redirect.js', texts[LANGS[0]].title));
write('methodology.html', redirectPage('methodology.html', 'js/redirect.js', texts[LANGS[0]]['methodology.title']));

// The embed loader knows the tools' section names and the currencies from the same lists.
const sections = JSON.stringify([...new Set(TOOLS.flatMap((t) => t.embed))]);
const loader = readFileSync(join(WEB, 'embed.js'), 'utf8').replace('__SECTIONS__', sections).replace('__CURRENCIES__', JSON.stringify(CURRENCIES))
  .replace('__LANGS__', JSON.stringify(LANGS));
writeFileSync(join(DIST, 'embed.js'), (await transform(loader, { minify: true, target: 'es5' })).code);
console.log(`site: ${LANGS.length * (TOOLS.length + 2)} pages`);
