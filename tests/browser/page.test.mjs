// The page in real headless Chromium: typing computes results, errors sit next to their field,
// nothing leaves the origin, and the strict CSP holds.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BROKEN_VALUES, SCREENSHOTS, startBrowser } from './harness.mjs';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

const headline = (page, section) => page.locator(`#${section} .metric.headline dd`);

test('the first visit already shows results for every section', async () => {
  const page = await browser.open('/?lang=en');
  await assert.doesNotReject(headline(page, 'engagement').waitFor());
  assert.equal(await headline(page, 'engagement').textContent(), '65%');
  assert.equal(await headline(page, 'tier').textContent(), 'micro');
  assert.match(await page.locator('#compare table').textContent(), /Micro/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('typing into a field recomputes the result', async () => {
  const page = await browser.open('/?lang=en');
  await headline(page, 'engagement').waitFor();
  await page.fill('#engagement-followers', '4k');
  assert.equal(await headline(page, 'engagement').textContent(), '32.5%');
  await page.fill('#cost-cost', '');
  await page.fill('#cost-cpm', '12,50');
  assert.equal(await page.locator('#cost .metric', { hasText: 'Cost' }).first().locator('dd').textContent(), '€1,500');
  await page.close();
});

test('Dutch input and output: 1.234,5 and decimal commas', async () => {
  const page = await browser.open('/?lang=nl');
  await headline(page, 'engagement').waitFor();
  assert.equal(await page.locator('#engagement h2').textContent(), 'Engagementratio');
  await page.fill('#engagement-followers', '2.600');
  assert.equal(await headline(page, 'engagement').textContent(), '50%');
  await page.fill('#engagement-likes', '1.234,5');
  assert.equal(await headline(page, 'engagement').textContent(), '78,3%');
  await page.close();
});

test('bad input shows an error next to its field and never a broken value', async () => {
  const page = await browser.open('/?lang=en');
  await headline(page, 'engagement').waitFor();
  for (const [id, text] of [['#engagement-followers', '-5'], ['#engagement-likes', 'abc'], ['#cost-impressions', '0'],
    ['#compare-options-1-price_per_post', '1e400'], ['#compare-budget', ''], ['#tier-followers', '99999999999999999999']]) {
    await page.fill(id, text);
    const error = page.locator(`${id}-error`);
    assert.notEqual((await error.textContent()).trim(), '', `no error shown for ${id} = ${text}`);
    assert.equal(await page.locator(id).getAttribute('aria-invalid'), 'true');
    assert.equal(await page.inputValue(id), text, 'what the user typed is kept');
  }
  assert.doesNotMatch(await page.locator('body').innerText(), BROKEN_VALUES);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('no request leaves the origin and the CSP holds', async () => {
  const page = await browser.open('/?lang=en');
  await headline(page, 'engagement').waitFor();
  const foreign = page.requests.filter((u) => !u.startsWith(browser.origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(page.problems.filter((p) => /Content Security Policy/i.test(p)), []);
  await page.close();
});

test('screenshots at 375 px and 1280 px, with no horizontal scrolling', async () => {
  for (const width of [375, 1280]) {
    const page = await browser.open('/?lang=en', { width, height: 900 });
    await headline(page, 'engagement').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px at ${width}px`);
    await page.screenshot({ path: join(SCREENSHOTS, `page-${width}.png`), fullPage: true });
    await page.close();
  }
});
