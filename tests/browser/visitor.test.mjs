// The site as new visitors tried it (issue 10's defects), in both languages: input never changes
// meaning across a language switch, no stale answer shown as current, no error before typing, the
// headline is the figure asked for, currency is never just relabelled, charts are honest, and the
// small things. Also: no "null" on screen, input never lost, ambiguous numbers refused (issue 8).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROKEN_VALUES, answer, openTool, startBrowser } from './harness.mjs';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

/** Clicks the language link once it carries the scenario; resolves to the new page's first answer. */
async function switchLanguage(page, name) {
  const link = page.getByRole('link', { name, exact: true });
  await page.waitForFunction(() => location.hash === '' || document.querySelector('a[data-switch-lang]').href.includes(location.hash));
  await link.click();
  await page.locator('#app .results .metrics, #app .results .stale-note').first().waitFor();
}

test('a language switch keeps every value: "80,000" in English is 80.000 in Dutch, "1.500" in Dutch 1,500 in English', async () => {
  const page = await openTool(browser, '/en/micro-vs-macro/');
  await page.fill('#compare-budget', '80,000');
  await page.fill('#compare-options-0-price_per_post', '250');
  await page.fill('#compare-options-0-engagement_rate_pct', '2.5');
  await page.waitForFunction(() => /320/.test(document.querySelector('table tbody tr')?.innerText ?? ''));
  const creators = await page.locator('table tbody tr').first().innerText();
  assert.match(creators, /320/); // 80,000 ÷ 250
  await switchLanguage(page, 'Nederlands');
  assert.match(new URL(page.url()).pathname, /^\/nl\/micro-of-macro\/$/);
  assert.equal(await page.inputValue('#compare-budget'), '80.000');
  assert.equal(await page.inputValue('#compare-options-0-engagement_rate_pct'), '2,5');
  assert.match(await page.locator('table tbody tr').first().innerText(), /320/);
  await page.close();

  const nl = await openTool(browser, '/nl/kosten/');
  await nl.fill('#cost-cost', '1.500');
  await nl.fill('#cost-impressions', '120.000,5');
  const cpm = await answer(nl).textContent();
  await switchLanguage(nl, 'English');
  assert.equal(await nl.inputValue('#cost-cost'), '1,500');
  assert.equal(await nl.inputValue('#cost-impressions'), '120,000.5');
  assert.equal((await answer(nl).textContent()).replace(/[^\d]/g, ''), cpm.replace(/[^\d]/g, ''));
  await nl.close();
});

test('a language link clicked right after typing carries the last keystroke', async () => {
  const page = await openTool(browser, '/en/cost/');
  // Typed and clicked in one task: the link is followed while saving still waits for a pause.
  await page.evaluate(() => {
    const input = document.querySelector('#cost-impressions');
    input.value = '120,000.5';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector('a[data-switch-lang]').click();
  });
  await page.waitForURL(/\/nl\//);
  await page.locator('#app .results .metrics').first().waitFor();
  assert.equal(await page.inputValue('#cost-impressions'), '120.000,5');
  await page.close();
});

test('a result whose input no longer reads is removed and a sentence says why', async () => {
  for (const [path, text] of [['/en/micro-vs-macro/', /does not read yet/], ['/nl/micro-of-macro/', /nog niet te lezen/]]) {
    const page = await openTool(browser, path);
    await page.fill('#compare-budget', '10x');
    await page.locator('#app .stale-note').waitFor();
    assert.match(await page.locator('#app .results').innerText(), text);
    assert.equal(await page.locator('#app .results table, #app .results .badge, #app .answer').count(), 0, 'no old figure stays on screen');
    await page.close();
  }
});

test('adding a profile shows no errors before typing; the results stay', async () => {
  const page = await openTool(browser, '/nl/micro-of-macro/');
  await page.getByRole('button', { name: 'Profiel toevoegen' }).click();
  assert.equal(await page.locator('#app .field-error:not(:empty)').count(), 0);
  assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
  assert.match(await page.locator('#app .results').innerText(), /Profiel 3 telt niet mee/);
  assert.equal(await page.locator('#app .results table').count(), 1);
  await page.fill('#compare-options-2-followers', '5k'); // typing starts the checks
  await page.fill('#compare-options-2-price_per_post', 'abc');
  await page.locator('#compare-options-2-label').focus();
  await page.locator('#app .field-error:not(:empty)').first().waitFor();
  await page.close();
});

test('the cost page headlines the figure asked for; example values are placeholders', async () => {
  for (const [path, example, cpmLabel, costLabel] of [['/en/cost/', 'e.g. 3,600', 'CPM', 'Cost'], ['/nl/kosten/', 'bijv. 3.600', 'CPM', 'Kosten']]) {
    const page = await openTool(browser, path);
    assert.match(await page.locator('#app .answer').innerText(), new RegExp(`^${cpmLabel}:`));
    assert.equal(await page.inputValue('#cost-engagements'), '');
    assert.equal(await page.getAttribute('#cost-engagements', 'placeholder'), example);
    assert.doesNotMatch(await page.locator('#app .results').innerText(), /ROI/, 'no ROI from someone else\'s example');
    await page.fill('#cost-cost', '');
    await page.fill('#cost-cpm', '10');
    assert.match(await page.locator('#app .answer').innerText(), new RegExp(`^${costLabel}:`));
    assert.match(await answer(page).textContent(), /1[.,]200/);
    await page.close();
  }
});

test('switching currency keeps typed amounts and says so; a rate the visitor gives converts them', async () => {
  const page = await openTool(browser, '/en/cost/');
  await page.selectOption('#currency', 'GBP');
  assert.match(await page.locator('.currency-note').innerText(), /kept as typed.*not converted from EUR/s);
  assert.equal(await page.inputValue('#cost-cost'), '1,500');
  await page.fill('#currency-rate', '0.86');
  await page.getByRole('button', { name: 'Convert' }).click();
  assert.equal(await page.inputValue('#cost-cost'), '1,290');
  assert.match(await page.locator('.currency-note').innerText(), /converted from EUR to GBP/);
  assert.match(await answer(page).textContent(), /^£10\.75$/);
  await page.close();
});

test('charts: a zero line when a range crosses zero, a visible bar below zero, no winner in a tie', async () => {
  const page = await openTool(browser, '/en/funnel/#funnel.cost=5000&funnel.aov=45&lang=en');
  assert.equal(await page.locator('#app svg .zero-line').count(), 1, 'ROI range crosses zero');
  await page.fill('#funnel-cost', '50000');
  await page.locator('#app svg').first().waitFor();
  assert.equal(await page.locator('#app svg .zero-line').count(), 0);
  const bar = await page.locator('#app svg rect').nth(1).evaluate((r) => ({ x: +r.getAttribute('x'), w: +r.getAttribute('width') }));
  assert.ok(bar.x >= 4 && bar.x + bar.w <= 316 && bar.w >= 3, `the all-negative range is drawn inside the axis: ${JSON.stringify(bar)}`);
  assert.match(await page.locator('#app .metrics').innerText(), /ROI\s+−\d+(\.\d+)?% – −\d+/, 'one minus sign, one range dash');
  await page.close();
});

// The link names no platform: a profile's menu left out of a link takes its default (Instagram).
test('compare: a tie is no win, and the answer says so', async () => {
  const tie = await openTool(browser, '/en/micro-vs-macro/#compare.budget=10000&compare.options.0.label=A&compare.options.0.followers=500000&compare.options.0.engagement_rate_pct=1&compare.options.0.price_per_post=5000&compare.options.1.label=B&compare.options.1.followers=500000&compare.options.1.engagement_rate_pct=1&compare.options.1.price_per_post=5000&lang=en');
  assert.equal(await tie.locator('#app td.best').count(), 0, 'a tie is no win');
  assert.match(await tie.locator('#app [data-answer]').textContent(), /a tie/, 'the answer says it is a tie');
  assert.equal(await tie.locator('#app svg [fill="#0a6b3b"]').count(), 0, 'no bar drawn as the winner');
  await tie.close();
});

test('small things: whole sales, one dash, Dutch placeholders, focus moves, copy feedback beside its button', async () => {
  const page = await openTool(browser, '/nl/funnel/');
  const text = await page.locator('#app .metrics').innerText();
  assert.match(text, /Verkopen om quitte te spelen\s+67\b/);
  assert.doesNotMatch(text, /66,67/);
  assert.doesNotMatch(text, /\d -\d|\d-\d/, 'ranges use one dash with spaces');
  await page.close();
  const reach = await openTool(browser, '/nl/bereik/');
  assert.match(await reach.getAttribute('#reach-reach_rate_pct', 'placeholder'), /^gepubliceerd: \d+(,\d+)?–\d+(,\d+)?$/);
  assert.match(await reach.getAttribute('#reach-impressions_per_reach', 'placeholder'), /^bijv\. 1,3$/);
  await reach.keyboard.press('Tab');
  await reach.keyboard.press('Enter'); // the skip link
  assert.equal(await reach.evaluate(() => document.activeElement.id), 'main');
  await reach.getByRole('link', { name: 'Alle calculators' }).first().click();
  assert.equal(await reach.evaluate(() => document.activeElement.id), 'tools');
  await reach.getByRole('button', { name: 'Link kopiëren' }).click();
  const note = reach.locator('.toolbar .feedback').first();
  await note.filter({ hasText: /./ }).waitFor();
  const [b, n] = await Promise.all([reach.getByRole('button', { name: 'Link kopiëren' }).boundingBox(), note.boundingBox()]);
  assert.ok(Math.abs(b.y - n.y) < 60 && Math.abs(b.x - n.x) < 400, 'feedback next to the button');
  await reach.close();
});

test('no "null" or "undefined" on screen, whatever the link leaves out (issue 8, defect 4)', async () => {
  for (const path of ['/en/funnel/#funnel.cost=&lang=en', '/en/funnel/#funnel.aov=&lang=en', '/nl/funnel/#funnel.cost=&funnel.aov=&lang=nl',
    '/en/plan/#plan.trials=2000&plan.ctr_pct=&plan.aov=&lang=en']) {
    const page = await openTool(browser, path);
    await page.waitForTimeout(300);
    assert.doesNotMatch(await page.locator('body').innerText(), BROKEN_VALUES, path);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('a scenario too long for a link survives a reload, and "Copy link" says it is too long (issue 8, defect 7)', async () => {
  const page = await openTool(browser, '/en/overlap/');
  const reaches = Array.from({ length: 90 }, (_, i) => String(1234567 + i * 1111)).join('; ') + ';' + ' '.repeat(1500);
  await page.fill('#overlap-reaches', reaches);
  await page.locator('#app .metrics').waitFor();
  await page.waitForTimeout(400);
  assert.equal(new URL(page.url()).hash, '', 'no link the page could not read back');
  await page.getByRole('button', { name: 'Copy link' }).click();
  assert.match(await page.locator('.toolbar .feedback').first().innerText(), /too long for a link/);
  const unique = await answer(page).textContent();
  await page.reload();
  await page.locator('#app .metrics').waitFor();
  assert.equal(await page.inputValue('#overlap-reaches'), reaches);
  assert.equal(await answer(page).textContent(), unique);
  await page.close();
});

test('text that could mean two numbers is refused with a message (issue 8, defect 6)', async () => {
  const cases = [['/en/micro-vs-macro/', '#compare-budget', '1,500k', /two ways/], ['/nl/micro-of-macro/', '#compare-budget', '1.500k', /twee manieren/],
    ['/en/overlap/', '#overlap-reaches', '400,250,600', /Separate the values with ;/], ['/nl/overlap/', '#overlap-reaches', '400.250.600', /Scheid de waarden/]];
  for (const [path, input, text, message] of cases) {
    const page = await openTool(browser, path);
    await page.fill(input, text);
    await page.locator(`${input}-error:not(:empty)`).waitFor(); // the refusal arrives with the worker's answer
    assert.match(await page.locator(`${input}-error`).innerText(), message, `${path} ${text}`);
    assert.equal(await page.locator('#app .answer').count(), 0);
    await page.close();
  }
});
