// Times the benchmark requests (requests.json) as wasm: under Node through dist/estimator.js, and in
// headless Chromium on the served page; reads the native timings from bench_native's output on
// stdin; prints one table. Run through scripts/bench.
import { readFileSync } from 'node:fs';
import { createEstimator } from '../../dist/estimator.js';
import { startBrowser } from '../browser/harness.mjs';

const RUNS = 15;
const { benchmarks } = JSON.parse(readFileSync(new URL('./requests.json', import.meta.url), 'utf8'));
const native = Object.fromEntries(readFileSync(0, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.name, r.ms]));

// The median of RUNS timed evaluations, after one warm-up (the same code runs in Node and the page).
function timeAll(estimator, list, runs) {
  return list.map(({ request }) => {
    const text = JSON.stringify(request);
    estimator.evaluate(text);
    const ms = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const answer = estimator.evaluate(text);
      ms.push(performance.now() - start);
      if (!answer.ok) throw new Error(JSON.stringify(answer.errors));
    }
    return ms.sort((a, b) => a - b)[Math.floor(runs / 2)];
  });
}

const node = timeAll(await createEstimator(), benchmarks, RUNS);
const browser = await startBrowser();
const page = await browser.open('/?lang=en');
// The same timing function, run in the page (an expression through DevTools, so the page's CSP
// does not apply to it; the estimator itself loads as it does for a visitor).
const chromium = await page.evaluate(`import('./estimator.js').then(async (m) =>
  (${timeAll})(await m.createEstimator(), ${JSON.stringify(benchmarks)}, ${RUNS}))`);
await browser.close();

const f = (ms) => (ms >= 10 ? ms.toFixed(1) : ms >= 0.1 ? ms.toFixed(2) : ms.toFixed(3)).padStart(9);
console.log(`benchmark (median of ${RUNS} runs)`.padEnd(40) + '   native  node wasm    chromium  wasm/native  goal (chromium)');
let met = true;
benchmarks.forEach((b, i) => {
  const ratio = chromium[i] / native[b.name];
  const ok = chromium[i] <= b.goal_ms;
  met &&= ok;
  console.log(`${b.name.padEnd(40)}${f(native[b.name])}${f(node[i])}   ${f(chromium[i])}   ${ratio.toFixed(2).padStart(8)}×     ≤ ${b.goal_ms} ms ${ok ? 'met' : 'MISSED'}`);
});
console.log(`times in ms; wasm/native = chromium ÷ native on the same request (goal ≤ 1.5×)`);
process.exitCode = met ? 0 : 1;
