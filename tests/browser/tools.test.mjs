// Every tool page recomputes from typed input, in English and in Dutch, and its formula (in the
// page's language) and sources are one click away.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTool, startBrowser } from './harness.mjs';

let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

// Per tool: its pages, and one typed change that must change what it shows.
const TOOLS = {
  engagement: ['/en/engagement-rate/', '/nl/engagementratio/', '#engagement-likes', { en: '1,234', nl: '1.234' }],
  reach: ['/en/reach/', '/nl/bereik/', '#reach-followers', { en: '120.5k', nl: '120,5k' }],
  cost: ['/en/cost/', '/nl/kosten/', '#cost-cost', { en: '2,500', nl: '2.500' }],
  price: ['/en/price/', '/nl/prijs/', '#price-followers', { en: '250k', nl: '250k' }],
  compare: ['/en/micro-vs-macro/', '/nl/micro-of-macro/', '#compare-budget', { en: '12,000', nl: '12.000' }],
  plan: ['/en/plan/#plan.trials=2000', '/nl/plannen/#plan.trials=2000', '#plan-budget', { en: '25k', nl: '25k' }],
  funnel: ['/en/funnel/', '/nl/funnel/', '#funnel-cost', { en: '1,500.50', nl: '1.500,50' }],
  overlap: ['/en/overlap/', '/nl/overlap/', '#overlap-universe', { en: '2.5m', nl: '2,5 mln' }],
};

for (const lang of ['en', 'nl']) {
  test(`every tool recomputes from typed input (${lang})`, async () => {
    for (const [tool, [en, nl, input, text]] of Object.entries(TOOLS)) {
      const page = await openTool(browser, lang === 'en' ? en : nl);
      const results = page.locator('#app .results');
      await results.locator('details.method').waitFor();
      const before = await results.innerText();
      await page.fill(input, text[lang]);
      assert.equal((await page.locator(`${input}-error`).textContent()).trim(), '', `${tool}: "${text[lang]}" refused`);
      await page.waitForFunction((old) => document.querySelector('#app .results').innerText !== old, before);
      await results.locator('details.method summary').click();
      const formula = await results.locator('details.method code').innerText();
      assert.match(formula, /=/, `${tool}: no formula`);
      if (lang === 'nl') assert.doesNotMatch(formula, /\b(followers|cost|clicks|impressions)\b/, `${tool}: formula not in Dutch: ${formula}`);
      assert.deepEqual(page.problems, []);
      await page.close();
    }
  });
}
