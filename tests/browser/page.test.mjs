// The calculator in real headless Chromium: each section computes from typed input in both
// languages, errors sit next to their field, and the formula and sources are one click away.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROKEN_VALUES, startBrowser } from './harness.mjs';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

const headline = (page, panel) => page.locator(`#panel-${panel} .metric.headline dd`).first();

async function ready(path = '/?lang=en') {
  const page = await browser.open(path);
  await headline(page, 'engagement').waitFor();
  return page;
}

test('the first visit shows a result in every section, with a verdict and sources', async () => {
  const page = await ready();
  assert.equal(await headline(page, 'engagement').textContent(), '3%');
  assert.match(await page.locator('#panel-engagement .verdict').textContent(), /^Typical/);
  assert.match(await headline(page, 'reach').textContent(), /^[\d,]+ – [\d,]+$/);
  assert.equal(await headline(page, 'cost').textContent(), '€12.50');
  // The micro price as published, in dollars (issue 9: the euro figures were a translation's).
  assert.match(await page.locator('#panel-price .metrics').textContent(), /\(USD\)\$100 – \$500/);
  assert.match(await page.locator('#compare table').textContent(), /Micro.*Macro/s);
  await page.locator('#panel-engagement details.method summary').click();
  const method = await page.locator('#panel-engagement details.method').textContent();
  assert.match(method, /followers × 100/);
  assert.match(method, /HypeAuditor/);
  assert.equal(await page.locator('#panel-engagement svg.chart').count(), 1);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('English: typing recomputes, with shorthand and separators', async () => {
  const page = await ready();
  await page.fill('#engagement-followers', '3.6k');
  assert.equal(await headline(page, 'engagement').textContent(), '10%');
  await page.fill('#cost-cost', '');
  await page.fill('#cost-cpm', '12.50');
  assert.match(await page.locator('#panel-cost .metrics').textContent(), /Cost€1,500/);
  await page.fill('#compare-budget', '1,000,000');
  assert.match(await page.locator('#compare table').textContent(), /4,000/); // micros bought
  await page.close();
});

test('Dutch: labels, 1.234,5-style input and output', async () => {
  const page = await ready('/?lang=nl');
  assert.equal(await page.locator('#engagement h2').textContent(), 'Engagement');
  assert.equal(await page.locator('#panel-compare h3').textContent(), 'Meerdere micro\'s of één macro?');
  await page.fill('#engagement-followers', '4.800');
  assert.equal(await headline(page, 'engagement').textContent(), '7,5%');
  await page.fill('#engagement-likes', '1.234,5');
  assert.equal(await headline(page, 'engagement').textContent(), '26,8%');
  await page.fill('#compare-budget', '1,2 mln');
  assert.match(await page.locator('#compare table').textContent(), /4\.800/);
  assert.match(await page.locator('#panel-price .metrics').textContent(), /\(USD\)\$\s100 – \$\s500/);
  await page.close();
});

test('reach and price: platform and format change the published figures; own figures replace them', async () => {
  const page = await ready();
  await page.selectOption('#reach-format', 'story');
  const story = await headline(page, 'reach').textContent();
  await page.selectOption('#reach-format', 'post');
  assert.notEqual(await headline(page, 'reach').textContent(), story);
  await page.fill('#reach-reach_rate_pct', '10-20');
  assert.equal(await headline(page, 'reach').textContent(), '13,500 – 27,000');
  assert.match(await page.locator('#panel-reach details.method').textContent(), /Your own figure/);
  await page.selectOption('#reach-platform', 'tiktok');
  await page.fill('#reach-reach_rate_pct', '');
  assert.match(await page.locator('#reach-reach_rate_pct-error').textContent(), /enter your own/);
  await page.selectOption('#price-platform', 'youtube');
  await page.fill('#price-followers', '2m');
  assert.match(await page.locator('#panel-price .metrics').textContent(), /\$20,000 or more/);
  await page.fill('#price-rate_usd', '0.9');
  assert.match(await page.locator('#panel-price .metrics').textContent(), /USD → EUR.*€18,000 or more/s);
  await page.close();
});

test('a suspicious account gets a warning verdict', async () => {
  const page = await ready();
  await page.fill('#engagement-followers', '800k');
  await page.fill('#engagement-likes', '150');
  assert.match(await page.locator('#panel-engagement .verdict').textContent(), /^Suspiciously low/);
  await page.close();
});

test('bad input shows an error next to its field and never a broken value', async () => {
  const page = await ready();
  for (const [id, text] of [['#engagement-followers', '-5'], ['#engagement-likes', 'abc'], ['#cost-impressions', '0'],
    ['#compare-options-1-price_per_post', '1e400'], ['#compare-budget', ''], ['#reach-followers', '99999999999999999999'],
    ['#engagement-benchmark_rate_pct', '3-1'], ['#price-followers', 'NaN'], ['#compare-options-0-followers', 'Infinity']]) {
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

test('profiles can be added and removed with the keyboard', async () => {
  const page = await ready();
  await page.locator('#panel-compare button.add').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#panel-compare fieldset').count(), 3);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'compare-options-2-label');
  await page.keyboard.type('Nano');
  for (const [field, value] of [['followers', '5k'], ['engagement_rate_pct', '5'], ['price_per_post', '50']]) {
    await page.fill(`#compare-options-2-${field}`, value);
  }
  assert.match(await page.locator('#compare table thead').textContent(), /Nano/);
  await page.locator('#panel-compare fieldset').nth(0).getByRole('button').click();
  assert.equal(await page.locator('#panel-compare fieldset').count(), 2);
  assert.doesNotMatch(await page.locator('#compare table thead').textContent(), /Micro/);
  await page.close();
});

test('the methodology page lists every record of the dataset with its source', async () => {
  const page = await browser.open('/methodology.html');
  await page.locator('table.records').first().waitFor();
  const rows = await page.locator('table.records tbody tr').count();
  assert.ok(rows > 50, `${rows} rows`);
  const text = await page.locator('main').textContent();
  assert.match(text, /Minter\.io.*\(2019; measured\) — older than five years/s);  // grade, year and the old-figure flag
  assert.match(text, /\(undated; /);
  assert.match(text, /last checked against its source on \d{4}-\d{2}-\d{2}/);
  assert.ok(await page.locator('table.records td.old').count() > 0);
  assert.deepEqual(page.problems, []);
  await page.close();
});
