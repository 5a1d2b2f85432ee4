// The tools in real headless Chromium: each page computes from typed input in both languages,
// errors sit next to their field, and the formula and sources are one click away.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROKEN_VALUES, answer, openTool, settled, startBrowser } from './harness.mjs';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

const figure = (page, label) => page.locator('#app .results .metric', { hasText: label }).locator('dd').first();

test('the first visit of every tool shows its answer, with a formula and sources', async () => {
  const page = await openTool(browser, '/en/engagement-rate/');
  assert.equal(await answer(page).textContent(), '3%');
  assert.match(await page.locator('.verdict').textContent(), /^Typical/);
  await page.locator('details.method summary').click();
  const method = page.locator('details.method');
  assert.match(await method.textContent(), /followers × 100/);
  await method.locator('.sources li', { hasText: 'HypeAuditor' }).first().waitFor();
  // Each citation names its year and grade, and flags figures older than five years (issue 9).
  const cited = await method.locator('.sources li').allTextContents();
  assert.ok(cited.every((c) => /\((\d{4}|undated); (measured|survey|rate card|vendor blog|article, no stated source)/.test(c)), cited.join('\n'));
  assert.ok(cited.some((c) => /HypeAuditor.*2018.*older than five years/.test(c)), cited.join('\n'));
  assert.equal(await page.locator('svg.chart').count(), 1);
  assert.deepEqual(page.problems, []);
  await page.close();
  const reach = await openTool(browser, '/en/reach/');
  assert.match(await answer(reach).textContent(), /^[\d,]+ – [\d,]+$/);
  await reach.close();
  const cost = await openTool(browser, '/en/cost/');
  assert.equal(await answer(cost).textContent(), '€12.50');
  await cost.close();
  const price = await openTool(browser, '/en/price/');
  // The micro price as published, in dollars (issue 9: the euro figures were a translation's).
  assert.match(await price.locator('.metrics').textContent(), /\(USD\)\$100 – \$500/);
  await price.close();
  const compare = await openTool(browser, '/en/micro-vs-macro/');
  assert.match(await compare.locator('table').textContent(), /Micro.*Macro/s);
  await compare.close();
});

test('English: typing recomputes, with shorthand and separators', async () => {
  const page = await openTool(browser, '/en/engagement-rate/');
  await page.fill('#engagement-followers', '3.6k');
  assert.equal(await answer(page).textContent(), '10%');
  await page.close();
  const cost = await openTool(browser, '/en/cost/');
  await cost.fill('#cost-cost', '');
  await cost.fill('#cost-cpm', '12.50');
  assert.equal(await answer(cost).textContent(), '€1,500');
  await cost.close();
  const compare = await openTool(browser, '/en/micro-vs-macro/');
  await compare.fill('#compare-budget', '1,000,000');
  await settled(compare);
  assert.match(await compare.locator('table').textContent(), /Creators1,818/); // micros bought at the published typical micro-tier price, $550 (a first visit asks in dollars)
  await compare.close();
});

test('Dutch: labels, 1.234,5-style input and output', async () => {
  const page = await openTool(browser, '/nl/engagementratio/');
  assert.equal(await page.locator('h1').textContent(), 'Engagementratio');
  await page.fill('#engagement-followers', '4.800');
  assert.equal(await answer(page).textContent(), '7,5%');
  await page.fill('#engagement-likes', '1.234,5');
  assert.equal(await answer(page).textContent(), '26,8%');
  await page.close();
  const compare = await openTool(browser, '/nl/micro-of-macro/');
  assert.equal(await compare.locator('h1').textContent(), 'Micro of macro');
  await compare.fill('#compare-budget', '1,2 mln');
  await settled(compare);
  assert.match(await compare.locator('table').textContent(), /Creators2\.181/); // at the published $550
  await compare.close();
  const price = await openTool(browser, '/nl/prijs/');
  assert.match(await price.locator('.metrics').textContent(), /\(USD\)\$\s100 – \$\s500/);
  await price.close();
});

test('reach and price: platform and format change the published figures; own figures replace them', async () => {
  const page = await openTool(browser, '/en/reach/');
  await page.selectOption('#reach-format', 'story');
  const story = await answer(page).textContent();
  await page.selectOption('#reach-format', 'post');
  assert.notEqual(await answer(page).textContent(), story);
  await page.fill('#reach-reach_rate_pct', '10-20');
  assert.equal(await answer(page).textContent(), '13,500 – 27,000');
  await page.locator('details.method summary').click();
  assert.match(await page.locator('details.method').textContent(), /Your own figure/);
  await page.selectOption('#reach-platform', 'tiktok');
  await page.fill('#reach-reach_rate_pct', '');
  assert.match(await page.locator('#reach-reach_rate_pct-error').textContent(), /enter your own/);
  await page.close();
  const price = await openTool(browser, '/en/price/');
  await price.selectOption('#price-platform', 'youtube');
  await price.fill('#price-followers', '2m');
  assert.match(await price.locator('.metrics').textContent(), /\$20,000 or more/);
  await price.fill('#price-rate_usd', '0.9');
  // The answer comes back from the worker: wait for it rather than read the previous one.
  await price.waitForFunction(() => /USD → EUR[\s\S]*€18,000 or more/.test(document.querySelector('.metrics')?.textContent ?? ''));
  await price.close();
});

test('a suspicious account gets a warning verdict', async () => {
  const page = await openTool(browser, '/en/engagement-rate/');
  await page.fill('#engagement-followers', '800k');
  await page.fill('#engagement-likes', '150');
  assert.match(await page.locator('.verdict').textContent(), /^Suspiciously low/);
  await page.close();
});

test('bad input shows an error next to its field and never a broken value', async () => {
  for (const [path, cases] of [
    ['/en/engagement-rate/', [['#engagement-followers', '-5'], ['#engagement-likes', 'abc'], ['#engagement-benchmark_rate_pct', '3-1']]],
    ['/en/cost/', [['#cost-impressions', '0']]],
    ['/en/reach/', [['#reach-followers', '99999999999999999999']]],
    ['/en/price/', [['#price-followers', 'NaN']]],
    ['/en/micro-vs-macro/', [['#compare-options-1-price_per_post', '1e400'], ['#compare-budget', ''], ['#compare-options-0-followers', 'Infinity']]],
  ]) {
    const page = await openTool(browser, path);
    for (const [id, text] of cases) {
      await page.fill(id, text);
      await settled(page);
      const error = page.locator(`${id}-error`);
      assert.notEqual((await error.textContent()).trim(), '', `no error shown for ${id} = ${text}`);
      assert.equal(await page.locator(id).getAttribute('aria-invalid'), 'true');
      assert.equal(await page.inputValue(id), text, 'what the user typed is kept');
    }
    assert.doesNotMatch(await page.locator('body').innerText(), BROKEN_VALUES);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('profiles can be added and removed with the keyboard', async () => {
  const page = await openTool(browser, '/en/micro-vs-macro/');
  await page.locator('button.add').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#app fieldset').count(), 3);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'compare-options-2-label');
  await page.keyboard.type('Nano');
  for (const [field, value] of [['followers', '5k'], ['engagement_rate_pct', '5'], ['price_per_post', '50']]) {
    await page.fill(`#compare-options-2-${field}`, value);
  }
  await settled(page);
  assert.match(await page.locator('table thead').textContent(), /Nano/);
  await page.locator('#app fieldset').nth(0).getByRole('button').click();
  await settled(page);
  assert.equal(await page.locator('#app fieldset').count(), 2);
  assert.doesNotMatch(await page.locator('table thead').textContent(), /Micro/);
  await page.close();
});

test('the methodology pages list every record of the dataset with its source', async () => {
  for (const path of ['/en/methodology/', '/nl/methodologie/']) {
    const page = await browser.open(path);
    await page.locator('table.records').first().waitFor();
    const rows = await page.locator('table.records tbody tr').count();
    assert.ok(rows > 50, `${rows} rows`);
    const text = await page.locator('main').textContent();
    // Grade, year (or "undated") and the old-figure flag next to each citation; the review date.
    assert.match(text, path.startsWith('/en') ? /Minter\.io.*\(2019; measured\) — older than five years/s : /Minter\.io.*\(2019; gemeten\) — ouder dan vijf jaar/s);
    assert.match(text, path.startsWith('/en') ? /\(undated; / : /\(zonder jaartal; /);
    assert.match(text, /\d{4}-\d{2}-\d{2}/);
    assert.ok(await page.locator('table.records td.old').count() > 0);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});
