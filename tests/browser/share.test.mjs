// Sharing and exporting: a tool's scenario lives in the URL fragment and round-trips; a tampered
// link falls back to defaults with a notice; old one-page links reach their tool; CSV (per
// language), JSON, SVG and PNG downloads hold what is on screen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { answer, openTool, settled, startBrowser } from './harness.mjs';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8').replace(/^\ufeff/, '') };
}

test('a copied link restores the scenario exactly, in another tab', async () => {
  const page = await openTool(browser, '/nl/micro-of-macro/');
  await page.fill('#compare-budget', '12k');
  await page.fill('#compare-options-0-label', 'Vijf & <b>micro</b>');
  await page.locator('button.add').click();
  await page.fill('#compare-options-2-label', 'Nano');
  await page.fill('#compare-options-2-followers', '7k');
  await page.fill('#compare-options-2-engagement_rate_pct', '4,5');
  await page.fill('#compare-options-2-price_per_post', '80');
  await page.selectOption('#currency', 'USD');
  await page.waitForFunction(() => location.hash.includes('compare.options.2.followers=7k') && location.hash.includes('cur=USD'));
  await settled(page);
  const url = page.url();
  const results = await page.locator('#app .results').innerText();
  await page.evaluate(() => localStorage.clear()); // the chosen currency is remembered; later tests start from EUR
  const copy = await openTool(browser, url);
  await settled(copy);
  assert.equal(await copy.inputValue('#compare-options-0-label'), 'Vijf & <b>micro</b>');
  assert.equal(await copy.inputValue('#compare-options-2-followers'), '7k');
  assert.equal(await copy.inputValue('#compare-options-2-engagement_rate_pct'), '4,5');
  assert.equal(await copy.inputValue('#currency'), 'USD');
  assert.equal(await copy.locator('html').getAttribute('lang'), 'nl');
  assert.equal(await copy.locator('#app .results').innerText(), results);
  assert.equal(await copy.locator('b').count(), 0, 'user text is never HTML');
  await page.close();
  await copy.close();
});

test('a malformed or tampered link shows the defaults and a notice, never a blank page', async () => {
  for (const fragment of ['#compare.budget=5000&evil.key=1', '#compare.options.7.label=x', '#compare.platform=myspace',
    '#compare.options.1.label=gap', '#lang=xx', '#%E0%A4%A=1', '#compare.budget=' + '9'.repeat(5000),
    '#constructor.x=1', '#__proto__.x=1', '#toString=1']) {
    const page = await openTool(browser, '/en/micro-vs-macro/' + fragment);
    assert.match(await page.locator('#status').textContent(), /could not be read/, fragment);
    assert.equal(await page.inputValue('#compare-budget'), '5,000');
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('an anchor is not a scenario, and a link pasted into an open tab is followed', async () => {
  const page = await openTool(browser, '/en/micro-vs-macro/#main');
  assert.equal((await page.locator('#status').textContent()).trim(), '');
  await page.evaluate(() => { location.hash = 'compare.budget=7777&lang=en'; });
  await page.waitForFunction(() => document.querySelector('#compare-budget')?.value === '7777');
  await settled(page);
  assert.match(await page.locator('table').textContent(), /25/); // micros bought with 7,777 at the published typical price, €300
  await page.close();
});

test('old one-page links and the root reach the right tool in the right language', async () => {
  const cases = [
    ['/index.html#compare.budget=7777&lang=nl', '/nl/micro-of-macro/', '#compare-budget', '7777'],
    ['/?lang=en#engagement.followers=45.000&lang=nl&compare.budget=12k', '/en/engagement-rate/', '#engagement-followers', '45,000'],
    ['/index.html#cost.cpm=12%2C5&lang=nl', '/nl/kosten/', '#cost-cpm', '12,5'],
    ['/?lang=nl', '/nl/', '#compare-budget', '5.000'],
  ];
  for (const [from, path, input, value] of cases) {
    const page = await openTool(browser, from);
    assert.equal(new URL(page.url()).pathname, path, from);
    assert.equal(await page.inputValue(input), value, from);
    await page.close();
  }
  const methodology = await browser.open('/methodology.html?lang=nl');
  await methodology.waitForURL(/\/nl\/methodologie\/$/);
  await methodology.close();
});

test('CSV per language: separator, decimal mark, byte-order mark, rounded values, translated headers and verdicts', async () => {
  const en = await openTool(browser, '/en/engagement-rate/');
  await en.fill('#engagement-followers', '6000');
  const a = await download(en, () => en.getByRole('button', { name: 'Download CSV' }).click());
  assert.equal(a.name, 'engagement-rate.csv');
  assert.deepEqual([...a.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const lines = a.text.trim().split('\r\n');
  assert.equal(lines[0], 'Metric,Low,Value,High,Unit');
  assert.ok(lines.includes('Engagement rate by followers,,6,,%'), lines.join('\n'));
  assert.ok(lines.includes('Verdict,,Above benchmark,,'), lines.join('\n'));
  await en.close();

  const nl = await openTool(browser, '/nl/kosten/');
  await nl.fill('#cost-cost', '1.000');
  await nl.fill('#cost-impressions', '12.000');
  const b = await download(nl, () => nl.getByRole('button', { name: 'CSV downloaden' }).click());
  assert.equal(b.name, 'kosten.csv');
  assert.deepEqual([...b.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const rows = b.text.trim().split('\r\n');
  assert.equal(rows[0], 'Maat;Laag;Waarde;Hoog;Eenheid');
  assert.ok(rows.includes('CPM;;83,33;;EUR'), rows.join('\n')); // 83.333… rounded as on screen
  await nl.close();

  const compare = await openTool(browser, '/nl/micro-of-macro/');
  await compare.fill('#compare-options-0-label', '=HYPERLINK("x")');
  await settled(compare);
  const c = await download(compare, () => compare.getByRole('button', { name: 'CSV downloaden' }).click());
  assert.ok(c.text.includes(`"'=HYPERLINK(""x"")"`), 'a formula-like label is defused');
  assert.match(c.text, /Interacties;/);
  assert.doesNotMatch(c.text, /options\.|best_by|suspiciously/);
  const json = JSON.parse((await download(compare, () => compare.getByRole('button', { name: 'JSON downloaden' }).click())).text);
  assert.equal(json.tool, 'compare');
  assert.equal(json.request.kind, 'compare');
  assert.equal(json.response.result.options[1].label, 'Macro');
  await compare.close();
});

test('charts download as SVG and PNG with their title, unit and source', async () => {
  const page = await openTool(browser, '/en/micro-vs-macro/');
  const chart = page.locator('#app figure');
  const svg = await download(page, () => chart.getByRole('button', { name: 'SVG' }).click());
  assert.equal(svg.name, 'micro-vs-macro.svg');
  assert.match(svg.text, /^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg.text, /Engagements/);
  assert.match(svg.text, />Micro vs macro influencers</);
  assert.match(svg.text, />people</);
  assert.match(svg.text, /Source: influencer campaign estimator/);
  const [png] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'PNG' }).click()]);
  assert.equal(png.suggestedFilename(), 'micro-vs-macro.png');
  const bytes = await readFile(await png.path());
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"
  assert.ok(bytes.length > 1000);
  await page.close();
});

test('"copy embed code" gives a one-line snippet for the tool and scenario, confirmed next to the button', async () => {
  const page = await openTool(browser, '/nl/micro-of-macro/');
  await page.fill('#compare-budget', '7500');
  await page.locator('button.embed-code').click();
  const snippet = await page.inputValue('#embed-snippet');
  assert.match(snippet, /^<div data-influencer-calculator data-section="compare" data-lang="nl" data-currency="EUR" data-scenario="compare\.budget=7500"><\/div>\n<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);
  const feedback = page.locator('button.embed-code + .feedback');
  await feedback.filter({ hasText: /./ }).waitFor();
  const [button, note] = await Promise.all([page.locator('button.embed-code').boundingBox(), feedback.boundingBox()]);
  assert.ok(Math.abs(button.y - note.y) < 60, 'the confirmation sits next to the button');
  await page.close();
});
