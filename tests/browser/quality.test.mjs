// What a visitor cannot see but must be able to trust: accessibility (axe-core), the strict CSP,
// no request to any other origin, no horizontal scrolling from 320 px, offline use after the
// first visit, and screenshots at 375 px and 1280 px for a person to look at (test-results/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCREENSHOTS, startBrowser } from './harness.mjs';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

const AXE = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

async function ready(path, width = 1280) {
  const page = await browser.open(path, { width, height: 900 });
  await page.locator('#panel-engagement .metric.headline dd').first().waitFor();
  return page;
}

async function axeViolations(page) {
  await page.evaluate(AXE); // through DevTools, so the page's CSP need not allow it
  return page.evaluate(async () => (await window.axe.run(document, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
  })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
}

test('axe finds no violations, in both languages, wide and narrow, with errors showing', async () => {
  for (const [path, width] of [['/?lang=en', 1280], ['/?lang=nl', 375]]) {
    const page = await ready(path, width);
    await page.fill('#engagement-followers', '-1');
    await page.locator('#panel-engagement details.method summary').click();
    assert.deepEqual(await axeViolations(page), [], `${path} at ${width}px`);
    await page.close();
  }
  const methodology = await browser.open('/methodology.html');
  await methodology.locator('table.records').first().waitFor();
  assert.deepEqual(await axeViolations(methodology), []);
  await methodology.close();
});

test('the strict CSP holds and no request leaves the origin', async () => {
  const page = await ready('/?lang=en');
  await page.fill('#compare-budget', '20000');
  await page.locator('#panel-engagement details.method summary').click();
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.match(csp, /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  const foreign = page.requests.filter((u) => !u.startsWith(browser.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(await page.context().cookies(), []);
  await page.close();
});

test('no horizontal scrolling from 320 px up, and screenshots at 375 px and 1280 px', async () => {
  for (const width of [320, 375, 1280]) {
    for (const lang of ['en', 'nl']) {
      const page = await ready(`/?lang=${lang}`, width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px at ${width}px (${lang})`);
      if (width !== 320) await page.screenshot({ path: join(SCREENSHOTS, `page-${lang}-${width}.png`), fullPage: true });
      await page.close();
    }
  }
});

test('every input has a label and focus is visible', async () => {
  const page = await ready('/?lang=en');
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
    .filter((i) => !i.hidden && !(i.labels && i.labels.length)).map((i) => i.id));
  assert.deepEqual(unlabelled, []);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.close();
});

test('the print layout drops the controls', async () => {
  const page = await ready('/?lang=en');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.toolbar').isVisible(), false);
  assert.equal(await page.locator('#panel-compare button.add').isVisible(), false);
  assert.equal(await page.locator('#compare table').isVisible(), true);
  await page.close();
});

test('after the first visit the calculator works offline', async () => {
  const page = await ready('/?lang=en');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null || caches.keys().then((k) => k.length > 0));
  await page.evaluate(async () => {
    // Wait until the install step has cached the whole site.
    for (let i = 0; i < 50 && !(await caches.keys()).length; i++) await new Promise((r) => setTimeout(r, 100));
  });
  await page.context().setOffline(true);
  try {
    await page.reload();
    await page.locator('#panel-engagement .metric.headline dd').first().waitFor({ timeout: 10000 });
    await page.fill('#engagement-followers', '3100');
    assert.match(await page.locator('#panel-engagement .metric.headline dd').first().textContent(), /11\.6%/);
  } finally {
    await page.context().setOffline(false);
    await page.close();
  }
});
