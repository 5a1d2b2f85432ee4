// Every panel of every section recomputes from typed input, in English and in Dutch, and its
// formula and sources are one click away.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser } from './harness.mjs';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

// One typed change per panel that must change what the panel shows.
const EDITS = {
  engagement: ['#engagement-likes', { en: '1,234', nl: '1.234' }],
  reach: ['#reach-followers', { en: '120.5k', nl: '120,5k' }],
  cost: ['#cost-cost', { en: '2,500', nl: '2.500' }],
  price: ['#price-followers', { en: '250k', nl: '250k' }],
  compare: ['#compare-budget', { en: '12,000', nl: '12.000' }],
  plan: ['#plan-budget', { en: '25k', nl: '25k' }],
  funnel: ['#funnel-cost', { en: '1,500.50', nl: '1.500,50' }],
  overlap: ['#overlap-universe', { en: '2.5m', nl: '2,5 mln' }],
};

for (const lang of ['en', 'nl']) {
  test(`every panel recomputes from typed input (${lang})`, async () => {
    const page = await browser.open(`/?lang=${lang}#plan.trials=2000`);
    await page.locator('#panel-engagement .results dl').waitFor();
    for (const [panel, [input, text]] of Object.entries(EDITS)) {
      const results = page.locator(`#panel-${panel} .results`);
      await results.locator('details.method').waitFor();
      const before = await results.innerText();
      await page.fill(input, text[lang]);
      assert.equal((await page.locator(`${input}-error`).textContent()).trim(), '', `${panel}: "${text[lang]}" refused`);
      await page.waitForFunction(([sel, old]) => document.querySelector(sel).innerText !== old, [`#panel-${panel} .results`, before]);
      await results.locator('details.method summary').click();
      assert.match(await results.locator('details.method code').innerText(), /=/, `${panel}: no formula`);
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}
