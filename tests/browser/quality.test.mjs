// What a visitor cannot see but must be able to trust, on every page: accessibility (axe-core),
// the strict CSP, no request to any other origin, no horizontal scrolling from 320 px, offline use
// after the first visit, and screenshots at 375 px and 1280 px of every tool page in both
// languages for a person to look at (test-results/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCREENSHOTS, answer, openTool, startBrowser } from './harness.mjs';
import { LANGS, METHODOLOGY, TOOLS, pagePath } from '../../web/site.js';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

const AXE = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const TOOL_PAGES = LANGS.flatMap((lang) => [null, ...TOOLS.map((t) => t.id)].map((id) => ({ lang, id, path: '/' + pagePath(lang, id) })));

async function axeViolations(page) {
  await page.evaluate(AXE); // through DevTools, so the page's CSP need not allow it
  return page.evaluate(async () => (await window.axe.run(document, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
  })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
}

test('axe finds no violations on any page, in both languages, with an error or the formula open', async () => {
  // One axe run per page (each takes about a second): the English pages with an error showing, the
  // Dutch ones with the formula open; both languages share each page's markup.
  for (const [i, { lang, path }] of TOOL_PAGES.entries()) {
    const page = await openTool(browser, path, { width: i % 2 ? 375 : 1280, height: 900 });
    if (lang === 'en') {
      await page.locator('#app input[type=text]').first().fill('-1x');
      await page.locator('#app .stale-note').waitFor();
      assert.deepEqual(await axeViolations(page), [], `${path} with an error`);
    } else {
      await page.locator('#app details.method summary').first().click();
      assert.deepEqual(await axeViolations(page), [], path);
    }
    await page.close();
  }
  for (const lang of LANGS) {
    const methodology = await browser.open(`/${lang}/${METHODOLOGY[lang]}/`);
    await methodology.locator('table.records').first().waitFor();
    assert.deepEqual(await axeViolations(methodology), []);
    await methodology.close();
  }
});

test('the strict CSP holds and no request leaves the origin', async () => {
  const page = await openTool(browser, '/en/micro-vs-macro/');
  await page.fill('#compare-budget', '20000');
  await page.locator('details.method summary').click();
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.match(csp, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  const foreign = page.requests.filter((u) => !u.startsWith(browser.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(await page.context().cookies(), []);
  await page.close();
});

test('no horizontal scrolling from 320 px up; on a phone the first screen shows an input and the answer; screenshots at 375 and 1280 px', async () => {
  // One page per tool and language, resized: a width's layout comes from the media queries alone.
  for (const { lang, id, path } of TOOL_PAGES) {
    const page = await openTool(browser, path, { width: 375, height: 667 });
    if (id === 'plan') await page.locator('.simulation svg').waitFor({ timeout: 20000 });
    const inView = (locator) => locator.evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    assert.ok(await inView(page.locator('#app .answer').first()), `${path}: the answer is below the first screen`);
    assert.ok(await inView(page.locator('#app input, #app select, #app textarea').first()), `${path}: no input on the first screen`);
    for (const width of [375, 320, 1280]) {
      await page.setViewportSize({ width, height: width === 1280 ? 900 : 667 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px at ${width}px (${path})`);
      if (width !== 320) {
        await page.screenshot({ path: join(SCREENSHOTS, `${lang}-${id ?? 'landing'}-${width}.png`), fullPage: true });
      }
    }
    await page.close();
  }
});

test('every input has a label and focus is visible', async () => {
  const page = await openTool(browser, '/en/micro-vs-macro/');
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
    .filter((i) => !i.hidden && !(i.labels && i.labels.length) && !i.getAttribute('aria-label')).map((i) => i.id));
  assert.deepEqual(unlabelled, []);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.close();
});

test('the print layout drops the controls', async () => {
  const page = await openTool(browser, '/en/micro-vs-macro/');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.toolbar').isVisible(), false);
  assert.equal(await page.locator('button.add').isVisible(), false);
  assert.equal(await page.locator('table').isVisible(), true);
  await page.close();
});

test('after the first visit a tool works offline', async () => {
  const page = await openTool(browser, '/en/engagement-rate/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.evaluate(async () => {
    // Wait until the install step has cached the site.
    for (let i = 0; i < 100 && !(await caches.keys()).length; i++) await new Promise((r) => setTimeout(r, 100));
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 }).catch(() => {});
  await page.context().setOffline(true);
  try {
    await page.reload();
    await answer(page).waitFor({ timeout: 10000 });
    await page.fill('#engagement-followers', '3100');
    assert.match(await answer(page).textContent(), /11\.6%/);
  } finally {
    await page.context().setOffline(false);
    await page.close();
  }
});
