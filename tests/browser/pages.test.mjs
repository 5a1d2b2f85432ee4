// Every page of the site as a search engine and a first visit see it: its own title, description,
// canonical address and hreflang twin; the explanation and formula in the HTML itself; the wasm
// and its glue preloaded; only its own tool's code loaded; no start-up request the first answer
// does not need.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTool, startBrowser } from './harness.mjs';
import { LANGS, METHODOLOGY, TOOLS, pagePath } from '../../web/site.js';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

const PAGES = LANGS.flatMap((lang) => [null, ...TOOLS.map((t) => t.id)].map((id) => ({ lang, id, path: '/' + pagePath(lang, id) })));

test('each page has its own title, description, canonical address and hreflang twins', async () => {
  const titles = new Set();
  for (const { lang, id, path } of PAGES) {
    const page = await browser.open(path);
    const head = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      description: document.querySelector('meta[name=description]')?.content,
      canonical: document.querySelector('link[rel=canonical]')?.href,
      alternates: Object.fromEntries([...document.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => [l.hreflang, l.href])),
    }));
    assert.equal(head.lang, lang, path);
    assert.ok(head.title.length > 10 && !titles.has(head.title), `${path}: own title "${head.title}"`);
    titles.add(head.title);
    assert.ok(head.description?.length > 50, `${path}: description`);
    assert.equal(new URL(head.canonical).pathname, path, `${path}: canonical`);
    for (const other of LANGS) assert.equal(new URL(head.alternates[other]).pathname, '/' + pagePath(other, id), `${path}: hreflang ${other}`);
    assert.equal(new URL(head.alternates['x-default']).pathname, '/' + pagePath(LANGS[0], id));
    await page.close();
  }
});

test('without JavaScript each tool page still explains what it computes and shows the formula', async () => {
  for (const { id, path } of PAGES) {
    const html = await (await fetch(browser.origin + path)).text();
    const body = html.replace(/<script[\s\S]*?<\/script>/g, '');
    assert.match(body, /<h1>[^<]{5,}<\/h1>/, path);
    assert.match(body, /<p class="intro">[^<]{30,}<\/p>/, path);
    assert.match(body, /<code id="formula">[^<]*=[^<]*<\/code>/, `${path}: formula`);
    assert.match(body, /<noscript>/, path);
    assert.ok(id === null || body.includes('aria-current="page"'), `${path}: navigation marks the page`);
  }
});

test('each tool page preloads the wasm, its glue and the worker, loads only its own tool, and nothing its first answer does not need', async () => {
  for (const { lang, id, path } of PAGES) {
    const page = await openTool(browser, path);
    const preloads = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload], link[rel=modulepreload]')].map((l) => l.href));
    const tool = id ?? 'compare';
    // Its own module only (wasm/modules.json): never the public one with every kind.
    assert.ok(preloads.some((u) => u.endsWith(`/wasm/${tool}.wasm`)), `${path}: its wasm preloaded`);
    assert.ok(preloads.some((u) => u.endsWith('/wasm/glue.js')), `${path}: the glue (one for every page's module) preloaded`);
    assert.ok(preloads.some((u) => u.endsWith('/js/worker.js')), `${path}: the worker preloaded`);
    assert.deepEqual(page.requests.filter((u) => /estimator(_core)?\.(js|wasm)$/.test(u)), [], `${path}: not the public module`);
    const tools = page.requests.filter((u) => /\/js\/tools\//.test(u)).map((u) => u.replace(/.*\/js\/tools\//, ''));
    assert.deepEqual(tools, [`${tool}.js`], `${path}: only its tool's code`);
    const texts = page.requests.filter((u) => /\/js\/i18n\//.test(u)).map((u) => u.replace(/.*\/js\/i18n\//, ''));
    assert.deepEqual(texts, [`${lang}/${tool}.js`], `${path}: only its language's texts`);
    // Citations load when shown. Micro vs macro shows them at once: the published values it filled in
    // name their publishers next to the fields, so only there the first render fetches them.
    if (tool !== 'compare') assert.ok(!page.requests.some((u) => u.endsWith('/sources.json')), `${path}: citations are fetched when shown, not at start`);
    // A citation needs publisher and title, not the whole dataset (the methodology page's file).
    assert.ok(!page.requests.some((u) => u.endsWith('/benchmarks.json')), `${path}: the whole dataset is not fetched`);
    assert.ok(page.requests.some((u) => u.endsWith('/js/worker.js')), `${path}: computes in the worker`);
    await page.locator('#app details.method summary').click();
    await page.locator('#app details.method .sources li, #app details.method p').first().waitFor();
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('the root sends a visitor to their language', async () => {
  for (const [locale, landing] of [['nl-NL', '/nl/'], ['en-GB', '/en/'], ['de-DE', '/en/']]) {
    const context = await browser.context.browser()?.newContext?.({ locale }) ?? null;
    if (!context) { // a persistent context: set the language through the query instead
      const page = await browser.open(`/?lang=${locale.slice(0, 2)}`);
      await page.waitForURL((u) => u.pathname === landing);
      await page.close();
      continue;
    }
    const page = await context.newPage();
    await page.goto(browser.origin + '/');
    await page.waitForURL((u) => u.pathname === landing);
    await context.close();
  }
  const methodology = await browser.open('/methodology.html');
  await methodology.waitForURL((u) => u.pathname === `/en/${METHODOLOGY.en}/`);
  await methodology.close();
});
