// Sharing and exporting: the scenario lives in the URL fragment and round-trips; a tampered link
// falls back to defaults with a notice; CSV, JSON, SVG and PNG downloads hold what is on screen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startBrowser } from './harness.mjs';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

const headline = (page, panel) => page.locator(`#panel-${panel} .metric.headline dd`).first();

async function ready(path) {
  const page = await browser.open(path);
  await headline(page, 'engagement').waitFor();
  return page;
}

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('a copied link restores the scenario exactly, in another tab', async () => {
  const page = await ready('/?lang=nl');
  await page.fill('#engagement-followers', '45.000');
  await page.fill('#compare-budget', '12k');
  await page.fill('#compare-options-0-label', 'Vijf & <b>micro</b>');
  await page.locator('#panel-compare button.add').click();
  await page.fill('#compare-options-2-followers', '7k');
  await page.selectOption('#currency', 'USD');
  await page.waitForFunction(() => location.hash.includes('compare.options.2.followers=7k'));
  const url = page.url();
  await page.locator('#panel-plan .simulation svg').waitFor({ timeout: 20000 }); // the worker's part
  const results = await page.locator('main').innerText();
  const copy = await ready(url.replace(/\?lang=nl/, ''));
  await copy.locator('#panel-plan .simulation svg').waitFor({ timeout: 20000 });
  assert.equal(await copy.inputValue('#engagement-followers'), '45.000');
  assert.equal(await copy.inputValue('#compare-options-0-label'), 'Vijf & <b>micro</b>');
  assert.equal(await copy.inputValue('#compare-options-2-followers'), '7k');
  assert.equal(await copy.inputValue('#currency'), 'USD');
  assert.equal(await copy.locator('html').getAttribute('lang'), 'nl');
  assert.equal(await copy.locator('main').innerText(), results);
  assert.equal(await copy.locator('b').count(), 0, 'user text is never HTML');
  await page.close();
  await copy.close();
});

test('a malformed or tampered link shows the defaults and a notice, never a blank page', async () => {
  for (const fragment of ['#compare.budget=5000&evil.key=1', '#compare.options.7.label=x', '#engagement.platform=myspace',
    '#compare.options.1.label=gap', '#lang=xx', '#%E0%A4%A=1', '#compare.budget=' + '9'.repeat(5000),
    '#constructor.x=1', '#__proto__.x=1', '#toString=1']) {
    const page = await ready('/?lang=en' + fragment);
    assert.match(await page.locator('#status').textContent(), /could not be read/, fragment);
    assert.equal(await page.inputValue('#compare-budget'), '5000');
    assert.equal(await headline(page, 'engagement').textContent(), '3%');
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('an anchor is not a scenario, and a link pasted into an open tab is followed', async () => {
  const page = await ready('/?lang=en#main');
  assert.equal((await page.locator('#status').textContent()).trim(), '');
  await page.evaluate(() => { location.hash = 'compare.budget=7777&lang=en'; });
  await page.waitForFunction(() => document.querySelector('#compare-budget')?.value === '7777');
  assert.match(await page.locator('#compare table').textContent(), /31/); // micros bought with 7,777
  await page.close();
});

test('CSV and JSON exports hold the scenario and its results', async () => {
  const page = await ready('/?lang=en');
  await page.fill('#engagement-followers', '6000');
  const csv = await download(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
  assert.equal(csv.name, 'influencer-estimate.csv');
  const lines = csv.text.trim().split('\r\n');
  assert.equal(lines[0], 'section,metric,low,value,high,unit');
  assert.ok(lines.includes('engagement,rate_by_followers_pct,,6,,'), lines.slice(0, 8).join('\n'));
  assert.ok(lines.some((l) => l.startsWith('reach,reach_total,')));
  assert.ok(lines.some((l) => l.startsWith('compare,options.Micro.engagements,')));
  await page.fill('#compare-options-0-label', '=HYPERLINK("x")');
  const risky = await download(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
  assert.ok(risky.text.includes(`"'=HYPERLINK(""x"")"`), 'a formula-like label is defused');
  const json = JSON.parse((await download(page, () => page.getByRole('button', { name: 'Download JSON' }).click())).text);
  assert.match(json.scenario, /engagement\.followers=6000/);
  assert.equal(json.panels.engagement.response.result.rate_by_followers_pct, 6);
  assert.equal(json.panels.engagement.request.kind, 'engagement');
  await page.close();
});

test('charts download as SVG and PNG', async () => {
  const page = await ready('/?lang=en');
  const chart = page.locator('#panel-compare figure');
  const svg = await download(page, () => chart.getByRole('button', { name: 'SVG' }).click());
  assert.equal(svg.name, 'micro-vs-macro.svg');
  assert.match(svg.text, /^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg.text, /Engagements/);
  const [png] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'PNG' }).click()]);
  assert.equal(png.suggestedFilename(), 'micro-vs-macro.png');
  const bytes = await readFile(await png.path());
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"
  assert.ok(bytes.length > 1000);
  await page.close();
});

test('"copy embed code" gives a one-line snippet for the section and scenario', async () => {
  const page = await ready('/?lang=nl&currency=EUR');
  await page.fill('#compare-budget', '7500');
  await page.locator('#compare .embed-code').click();
  const snippet = await page.inputValue('#embed-snippet');
  assert.match(snippet, /^<div data-influencer-calculator data-section="compare" data-lang="nl" data-currency="EUR" data-scenario="compare\.budget=7500"><\/div>\n<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);
  await page.close();
});
