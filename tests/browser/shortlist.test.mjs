// The shortlist page: a Dutch spreadsheet copy and an English one pasted, a CSV file opened,
// ranked by score with flags in words, bad rows named by their spreadsheet row, the best set for a
// budget (checked against brute force over the pasted figures), the CSV in the page's language,
// the booked set carried to Micro vs macro, 10,000 rows without drawing them all; screenshots.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BROKEN_VALUES, SCREENSHOTS, openTool, settled, startBrowser } from './harness.mjs';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

// As Excel writes a Dutch sheet: ';', thousands '.', decimal ',', '€ 250,-'. Row 5 has no number
// of followers; Piet has a large following with hardly any engagement.
const DUTCH = [
  'Naam;Volgers;Likes;Reacties;Prijs',
  'Anna;12.500;410;38;€ 250,-',
  'Bram;8.200;520;41;€ 150,-',
  'Cas;45.300;1.150;62;€ 600,-',
  'Dirk;veel;300;20;€ 100,-',
  'Piet;250.000;300;4;€ 2.500,-',
  'Eva;5.400;390;29;€ 90,-',
  'Fleur;18.700;650;48;€ 1.200,-',
].join('\r\n');

// An English copy, tab-separated; row 4's followers do not read; Max has likes without comments.
const ENGLISH = [
  'Handle\tPlatform\tFollowers\tAvg likes\tComments\tPrice (€)',
  'lisa\tInstagram\t12,500\t410\t38\t250',
  'max\tInstagram\t31,000\t2,900\t2\t350',
  'noor\tTikTok\tmany\t1,900\t85\t300',
  'olga\tInstagram\t45.3k\t1,150\t62\t600',
  'pim\tInstagram\t5,400\t390\t29\t90',
].join('\n');

async function open(path, options) {
  const page = await openTool(browser, path, options);
  await page.locator('#app table.roster').waitFor();
  return page;
}

async function paste(page, text, budget) {
  await page.fill('#shortlist-csv', text);
  await settled(page);
  if (budget !== undefined) {
    await page.fill('#shortlist-budget', budget);
    await settled(page);
  }
}

/** The ranked table as {name, score, booked, flags} per row, top to bottom. */
const rows = (page) => page.locator('#app table.roster tbody tr').evaluateAll((trs) => trs.map((tr) => ({
  name: tr.querySelector('th').firstChild.textContent,
  score: Number(tr.children[1].textContent),
  booked: tr.classList.contains('booked'),
  flags: tr.lastElementChild.textContent,
})));

/** The best total value of creators {value, price} within the budget, by trying every set. */
function bruteForce(creators, budget) {
  let best = { value: -1, names: [] };
  for (let mask = 0; mask < 1 << creators.length; mask++) {
    const set = creators.filter((_, i) => mask & (1 << i));
    const spend = set.reduce((s, c) => s + c.price, 0);
    const value = set.reduce((s, c) => s + c.value, 0);
    if (spend <= budget && value > best.value) best = { value, names: set.map((c) => c.name) };
  }
  return best;
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('a Dutch spreadsheet copy: ranked, flagged in Dutch, the bad row named, the best set for the budget', async () => {
  const page = await open('/nl/shortlijst/');
  await paste(page, DUTCH, '1.000');
  const table = await rows(page);
  assert.deepEqual(table.map((r) => r.name).sort(), ['Anna', 'Bram', 'Cas', 'Eva', 'Fleur', 'Piet']);
  for (let i = 1; i < table.length; i++) assert.ok(table[i - 1].score >= table[i].score, `sorted by score: ${table.map((r) => r.score)}`);
  const piet = table.find((r) => r.name === 'Piet');
  assert.match(piet.flags, /Verdacht laag: Minder dan een kwart/);
  assert.equal(piet.score, Math.min(...table.map((r) => r.score)));
  // Row 5 (the header is row 1) is named with its column; the others are answered.
  assert.match(await page.locator('#app .row-errors').innerText(), /rij 5, Volgers: geen getal/);
  // The booked set is the best by engagements per post (likes + comments) within € 1.000.
  const creators = [['Anna', 448, 250], ['Bram', 561, 150], ['Cas', 1212, 600], ['Piet', 304, 2500], ['Eva', 419, 90], ['Fleur', 698, 1200]]
    .map(([name, value, price]) => ({ name, value, price }));
  const best = bruteForce(creators, 1000);
  assert.deepEqual(table.filter((r) => r.booked).map((r) => r.name).sort(), [...best.names].sort());
  const answer = await page.locator('#app [data-answer]').innerText();
  assert.match(answer, new RegExp(`^Boek voor €\\s1\\.000 deze ${best.names.length} creators: .*\\(exact`));
  for (const name of best.names) assert.ok(answer.includes(name), answer);
  assert.match(await page.locator('#app [data-next-best]').innerText(), /^Op een na beste set: /);
  // Flagged creators left out when asked.
  await page.selectOption('#shortlist-exclude_flagged', 'yes');
  await settled(page);
  assert.match(await page.locator('#app .selection-notes').innerText(), /Niet meegenomen bij het boeken: 1 gemarkeerd/);
  assert.doesNotMatch(await page.locator('#app').innerText(), BROKEN_VALUES);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('an English tab-separated copy: ranked, flags in words, bad row named, booked set marked', async () => {
  const page = await open('/en/shortlist/');
  await paste(page, ENGLISH, '1000');
  const table = await rows(page);
  assert.deepEqual(table.map((r) => r.name).sort(), ['lisa', 'max', 'olga', 'pim']);
  for (let i = 1; i < table.length; i++) assert.ok(table[i - 1].score >= table[i].score);
  assert.match(table.find((r) => r.name === 'max').flags, /0\.069 comments per 100 likes: .*bought likes/);
  assert.match(await page.locator('#app .row-errors').innerText(), /row 4, Followers: .*must be a number, not the text "many"/);
  const best = bruteForce([['lisa', 448, 250], ['max', 2902, 350], ['olga', 1212, 600], ['pim', 419, 90]].map(([name, value, price]) => ({ name, value, price })), 1000);
  assert.deepEqual(table.filter((r) => r.booked).map((r) => r.name).sort(), [...best.names].sort());
  assert.match(await page.locator('#app [data-answer]').innerText(), new RegExp(`^For €1,000 book these ${best.names.length} creators: .*\\(exact`));
  assert.match(await page.locator('#app .row-errors').innerText(), /1 row not read/);
  assert.doesNotMatch(await page.locator('#app').innerText(), BROKEN_VALUES);
  await page.close();
});

test('the first visit shows the sample; an empty paste says what to do; "Try an example" fills it again', async () => {
  for (const [path, header, button] of [['/en/shortlist/', /^Name,Platform,Followers/, 'Try an example'], ['/nl/shortlijst/', /^Naam;Platform;Volgers/, 'Probeer een voorbeeld']]) {
    const page = await open(path);
    assert.match(await page.inputValue('#shortlist-csv'), header);
    assert.ok(await page.locator('#app table.roster tbody tr.booked').count() > 0, `${path}: the sample books a set`);
    assert.ok(await page.locator('#app table.roster li').count() > 0, `${path}: the sample shows a flag`);
    await page.fill('#shortlist-csv', '');
    await settled(page);
    assert.ok((await page.locator('#shortlist-csv-error').innerText()).length > 10);
    assert.equal(await page.locator('#shortlist-csv').getAttribute('aria-invalid'), 'true');
    await page.getByRole('button', { name: button }).click();
    await settled(page);
    assert.match(await page.inputValue('#shortlist-csv'), header);
    assert.ok(await page.locator('#app table.roster tbody tr').count() >= 5);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('a CSV file is read on the device into the paste area', async () => {
  const page = await open('/en/shortlist/');
  const requests = page.requests.length;
  await page.setInputFiles('#shortlist-csv-file', { name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeffName;Followers;Likes;Comments;Price\r\n"Zoë, de Vries";12.500;410;38;€ 250,-\r\nYara;9.000;300;20;€ 99,50\r\n') });
  await page.locator('#app table.roster tbody tr >> text=Zoë, de Vries').waitFor();
  assert.match(await page.inputValue('#shortlist-csv'), /^\ufeff?Name;Followers/);
  assert.match(await page.locator('#shortlist-csv-file-status').innerText(), /Read list\.csv/);
  assert.equal(await page.locator('#app table.roster tbody tr').count(), 2);
  assert.deepEqual(page.requests.slice(requests).filter((u) => !u.startsWith(browser.origin)), [], 'nothing leaves the device');
  await page.close();
});

test('the CSV export: every row in the page language (BOM, ";" and decimal comma in Dutch)', async () => {
  const nl = await open('/nl/shortlijst/');
  await paste(nl, DUTCH, '1.000');
  const a = await download(nl, 'CSV downloaden');
  assert.equal(a.name, 'shortlist.csv');
  assert.deepEqual([...a.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = a.bytes.toString('utf8').slice(1);
  assert.match(text, /^Metriek;|^[^\r\n]*;/);
  assert.match(text, /\r\nCreator;Rij;Platform;Volgers;Omvang;Engagementratio \(%\);/);
  assert.match(text, /\r\nAnna;2;Instagram;12500;micro;3,58;[^\r\n]*;250;opgegeven;/);
  assert.match(text, /\r\nrij 5;Volgers;geen getal\./);
  await nl.close();
  const en = await open('/en/shortlist/');
  await paste(en, ENGLISH, '1000');
  const b = await download(en, 'Download CSV');
  assert.deepEqual([...b.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const english = b.bytes.toString('utf8').slice(1);
  assert.match(english, /\r\nCreator,Row,Platform,Followers,Tier,Engagement rate \(%\),/);
  assert.match(english, /\r\nlisa,2,Instagram,12500,micro,3\.58,/);
  await en.close();
});

test('the booked set carried to Micro vs macro as its profiles', async () => {
  const page = await open('/nl/shortlijst/');
  await paste(page, DUTCH, '1.000');
  const href = await page.locator('#app [data-compare-link]').getAttribute('href');
  assert.match(href, /^\.\.\/micro-of-macro\/#/);
  const booked = (await rows(page)).filter((r) => r.booked).map((r) => r.name);
  await page.locator('#app [data-compare-link]').click();
  await page.waitForURL(/micro-of-macro/);
  await page.locator('#app .results .metrics').waitFor();
  await settled(page);
  assert.equal(await page.locator('#status').innerText().catch(() => ''), '', 'the link reads');
  const labels = await page.locator('input[id^="compare-options-"][id$="-label"]').evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.deepEqual(labels.sort(), booked.sort());
  assert.equal(await page.inputValue('#compare-options-0-creators'), '1');
  assert.equal(await page.inputValue('#compare-budget'), '1.000');
  assert.doesNotMatch(await page.locator('#app').innerText(), BROKEN_VALUES);
  await page.close();
});

test('10,000 pasted rows: the top 200 on screen with a note, the page stays responsive', async () => {
  const page = await open('/en/shortlist/');
  // Without a budget: the core's selection among 10,000 creators fails (internal_error), reported.
  await page.fill('#shortlist-budget', '');
  const lines = ['Name,Followers,Likes,Comments,Price'];
  for (let i = 0; i < 10000; i++) lines.push(`creator${i},${5000 + i * 7},${100 + (i % 300)},${5 + (i % 40)},${50 + (i % 500)}`);
  await page.evaluate((text) => {
    const area = document.querySelector('#shortlist-csv');
    area.value = text;
    area.dispatchEvent(new Event('input'));
  }, lines.join('\n'));
  await page.locator('#app [data-shown]').waitFor({ timeout: 30000 });
  await settled(page);
  assert.equal(await page.locator('#app table.roster tbody tr').count(), 200);
  assert.match(await page.locator('#app [data-shown]').innerText(), /The 200 highest scores of 10,000 creators are shown; the CSV has all of them\./);
  const draw = await page.evaluate(() => Math.max(...performance.getEntriesByName('estimator:main-thread').map((e) => e.duration)));
  assert.ok(draw < 1000, `drawing took ${Math.round(draw)} ms on the page's thread`);
  await page.close();
});

test('screenshots at 375 and 1280 px in both languages', async () => {
  for (const [lang, path] of [['en', '/en/shortlist/'], ['nl', '/nl/shortlijst/']]) {
    for (const width of [375, 1280]) {
      const page = await open(path, { width, height: 900 });
      assert.doesNotMatch(await page.locator('body').innerText(), BROKEN_VALUES);
      // Nothing but the table scrolls sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} at ${width}px: the page is ${overflow}px too wide`);
      await page.screenshot({ path: join(SCREENSHOTS, `shortlist-${lang}-${width}.png`), fullPage: true });
      await page.close();
    }
  }
});
