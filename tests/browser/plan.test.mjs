// The plan page: the exact mix, the cautious mix and the bands, computed in one Web Worker run with
// progress; the funnel and overlap pages; in both languages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROKEN_VALUES, openTool, startBrowser } from './harness.mjs';

let browser;
before(async () => {
  browser = await startBrowser();
  // Counts the WebAssembly modules the page itself (not a worker) compiles.
  await browser.context.addInitScript(() => {
    window.__wasmCompiled = 0;
    for (const name of ['compile', 'compileStreaming', 'instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = function (...args) { window.__wasmCompiled++; return original.apply(this, args); };
    }
    // The kinds of the requests the page sends its worker.
    window.__workerKinds = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (data, ...rest) {
      if (data?.request) window.__workerKinds.push(data.request.kind);
      return post.call(this, data, ...rest);
    };
  });
});
after(async () => { await browser?.close(); });

async function ready(path) {
  const page = await openTool(browser, path);
  await page.locator('#app table').waitFor();
  return page;
}

test('the plan shows the best mix and the simulation of its bands, from the worker', async () => {
  const page = await ready('/en/plan/#plan.trials=20000');
  const table = await page.locator('#app table').innerText();
  assert.match(table, /Best mix/);
  assert.match(table, /Nano\s+\d+/);
  await page.locator('#app .simulation svg').waitFor({ timeout: 20000 });
  const simulation = await page.locator('#app .simulation').innerText();
  assert.match(simulation, /20,000 trials/);
  assert.match(simulation, /Chance to be best on engagements: .*Nano \d/);
  // The worker loaded the module and the page never compiled it: the plan and its simulation ran there.
  const workers = page.workers().filter((w) => w.url().endsWith('/js/worker.js'));
  assert.equal(workers.length, 1, 'one worker');
  const fetched = await workers[0].evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.ok(fetched.some((name) => name.endsWith('/wasm/plan.wasm')), 'the worker loaded the plan page\'s module');
  assert.equal(await page.evaluate(() => window.__wasmCompiled), 0, 'the page compiled no module');
  // One trip: the bands come with the plan, no second (simulate) request.
  assert.deepEqual([...new Set(await page.evaluate(() => window.__workerKinds))], ['plan']);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a long simulation shows progress and never freezes the page', async () => {
  const page = await ready('/en/plan/');
  // Typed without the harness's wait for the answer (page.fill), which would wait out the million
  // trials: the plan's answer now comes with its bands.
  await page.evaluate(() => {
    const trials = document.querySelector('#plan-trials');
    trials.value = '1000000';
    trials.dispatchEvent(new Event('input'));
  });
  await page.locator('#app .simulation progress').waitFor();
  // While the worker runs a million trials, the page still answers within a frame or two.
  const delays = await page.evaluate(async () => {
    const out = [];
    for (let i = 0; i < 10; i++) {
      const start = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 0));
      out.push(performance.now() - start);
      document.querySelector('#plan-profiles-0-label').value = 'Nano ' + i;
      document.querySelector('#plan-profiles-0-label').dispatchEvent(new Event('input'));
    }
    return out;
  });
  assert.ok(Math.max(...delays) < 100, `main thread blocked: ${delays.map(Math.round)}`);
  const progress = await page.locator('#app .simulation progress').evaluate((p) => p.value);
  assert.ok(progress >= 0 && progress <= 1);
  await page.locator('#app .simulation svg').waitFor({ timeout: 60000 });
  assert.match(await page.locator('#app .simulation').innerText(), /1,000,000 trials/);
  await page.close();
});

test('the plan is shown as soon as it is computed; its bands fill in when their trials end', async () => {
  const page = await ready('/en/plan/#plan.trials=20000');
  await page.locator('#app .simulation svg').waitFor({ timeout: 20000 });
  const before = await page.locator('#app table').innerText();
  // A smaller budget (another mix) and a million trials, typed without the harness's wait.
  await page.evaluate(() => {
    for (const [id, value] of [['#plan-budget', '2000'], ['#plan-trials', '1000000']]) {
      const input = document.querySelector(id);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
  });
  // The plan's part is on screen (no longer pending) while the bands' part still shows progress.
  await page.waitForFunction(() => !document.querySelector('#app .results.pending') &&
    document.querySelector('#app .simulation.pending progress'), null, { timeout: 20000 });
  const partial = await page.locator('#app table').innerText();
  assert.notEqual(partial, before, 'the new budget\'s mix');
  const spend = Number(partial.match(/Spend\s+\$([\d,.]+)/)?.[1].replace(/,/g, ''));
  assert.ok(spend > 0 && spend <= 2000, `the best mix within the new budget: ${spend}`);
  assert.equal(await page.locator('#app .simulation svg').count(), 0, 'no bands yet');
  assert.match(await page.locator('#app .metrics').innerText(), /Spend/);
  // The whole answer: the same plan, now with the million trials' bands.
  await page.locator('#app .simulation svg').waitFor({ timeout: 90000 });
  assert.equal(await page.locator('#app table').innerText(), partial);
  assert.match(await page.locator('#app .simulation').innerText(), /1,000,000 trials/);
  assert.equal(await page.locator('#app .pending').count(), 0);
  assert.doesNotMatch(await page.locator('body').innerText(), BROKEN_VALUES);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('ranges give a cautious mix; the Dutch page formats it', async () => {
  const page = await ready('/nl/plannen/#plan.trials=5000');
  const table = await page.locator('#app table').innerText();
  assert.match(table, /Beste mix\s+Voorzichtige mix/);
  assert.match(table, /Doel, slecht geval \(p10\)/);
  await page.locator('#app .simulation svg').waitFor({ timeout: 20000 });
  assert.match(await page.locator('#app .simulation').innerText(), /5\.000 simulaties/);
  await page.close();
});

test('funnel and overlap compute from typed ranges and lists', async () => {
  const page = await openTool(browser, '/en/funnel/');
  await page.fill('#funnel-impressions', '100k');
  await page.fill('#funnel-ctr_pct', '1-2');
  await page.fill('#funnel-cvr_pct', '2');
  await page.fill('#funnel-aov', '50');
  await page.fill('#funnel-cost', '1000');
  const funnel = await page.locator('#app .metrics').innerText();
  assert.match(funnel, /Clicks\s+1,000 – 2,000/);
  assert.match(funnel, /ROI\s+0% – 100%/);
  await page.close();
  const overlap = await openTool(browser, '/en/overlap/');
  await overlap.fill('#overlap-reaches', '50k; 50k');
  await overlap.fill('#overlap-universe', '100k');
  assert.match(await overlap.locator('#app .metrics').innerText(), /Different people reached\s+75,000/);
  await overlap.fill('#overlap-overlap_pct', '40');
  assert.match(await overlap.locator('#app .metrics').innerText(), /Different people reached\s+80,000/);
  await overlap.close();
});

test('bad plan, funnel and overlap input shows field errors, never a broken value', async () => {
  for (const [path, id, text] of [['/en/funnel/', '#funnel-ctr_pct', '300'], ['/en/overlap/', '#overlap-reaches', '5k; x']]) {
    const page = await openTool(browser, path);
    await page.fill(id, text);
    assert.notEqual((await page.locator(`${id}-error`).textContent()).trim(), '', `no error for ${id} = ${text}`);
    await page.close();
  }
  const page = await ready('/en/plan/');
  for (const [id, text] of [['#plan-profiles-0-engagement_rate_pct', '5-1'], ['#plan-budget', '-3'],
    ['#plan-profiles-1-followers', 'many']]) {
    await page.fill(id, text);
    // The plan's answer comes from the worker: wait for it.
    const shown = await page.waitForFunction((sel) => document.querySelector(sel).textContent.trim() !== '', `${id}-error`,
      { timeout: 5000 }).then(() => true, () => false);
    assert.ok(shown, `no error for ${id} = ${text}`);
  }
  await page.fill('#plan-trials', '0');
  await page.fill('#plan-budget', '10000');
  await page.fill('#plan-profiles-0-engagement_rate_pct', '1-5');
  await page.fill('#plan-profiles-1-followers', '30000');
  // The bands' trials are asked in the plan's own request: a bad count is that field's error.
  await page.waitForFunction(() => document.querySelector('#plan-trials-error').textContent.trim() !== '', null, { timeout: 10000 });
  assert.doesNotMatch(await page.locator('body').innerText(), BROKEN_VALUES);
  assert.deepEqual(page.problems, []);
  await page.close();
});
