// Every figure scripts/bench prints, next to its goal (issue 13's goals):
//   1. per tool page: bytes of a first visit (gzip, brotli) and time to first result in Chromium,
//      unthrottled, at 1.6 Mbps / 150 ms, and with 4× CPU slowdown too (pages.mjs);
//   2. the benchmark requests (requests.json: ADD A ROW THERE) natively, as wasm in Node and in
//      Chromium, with the wasm/native ratio;
//   3. the scaling tables below (simulation by options × trials, plan by profiles × budget × cap).
// Medians of several runs after a warm-up. Exit code 1 when a goal is missed. Run via scripts/bench.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createEstimator } from '../../dist/estimator.js';
import { startBrowser } from '../browser/harness.mjs';
import { measurePages } from './pages.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const GOALS = { pageGzip: 80 * 1024, firstResultSlowMs: 1000, planMs: 20, simulateMs: 40, simulateRatio: 1.3 };
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PAGE_RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);

// --- The scaling tables: generated requests --------------------------------------------------
// Deterministic profiles of every size class (a linear congruential generator, not Math.random).
function profiles(count, seed = 1) {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, i) => {
    const followers = Math.round(10 ** (3 + next() * 3.7));
    return { label: `P${i + 1}`, followers, engagement_rate_pct: Math.round((0.5 + next() * 5.5) * 100) / 100,
      price_per_post: Math.round(followers * (0.004 + next() * 0.026)) + 10 };
  });
}
// Profiles within 2% of each other (followers, rate, price per follower): the hard case for the
// plan's bounds (core/model/optimizer.hpp).
function nearIdentical(count, seed = 1) {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  // 3,000–30,000 followers: a creator costs under 1,000, so every budget of the table buys one.
  const followers = Math.round(10 ** (3.5 + next())), rate = 0.5 + next() * 5.5, perFollower = 0.004 + next() * 0.026;
  const near = (v) => v * (1 + 0.02 * (next() - 0.5));
  return Array.from({ length: count }, (_, i) => {
    const f = Math.round(near(followers));
    return { label: `N${i + 1}`, followers: f, engagement_rate_pct: Math.round(near(rate) * 1000) / 1000,
      price_per_post: Math.round(near(f * perFollower)) + 10 };
  });
}
const ranged = (low, typical, high) => ({ low, typical, high });
function simulateRequest(options, trials) {
  return { kind: 'simulate', budget: 50000, trials, seed: 42, ctr_pct: ranged(0.5, 1.2, 2.5), cvr_pct: ranged(1, 2, 3),
    aov: ranged(30, 45, 60), options: profiles(options, 7).map((p) => ({ ...p,
      engagement_rate_pct: ranged(p.engagement_rate_pct * 0.5, p.engagement_rate_pct, p.engagement_rate_pct * 1.8),
      price_per_post: ranged(p.price_per_post * 0.7, p.price_per_post, p.price_per_post * 1.5),
      reach_rate_pct: ranged(10, 20, 30) })) };
}
const scaling = {
  simulation: [2, 5, 10].flatMap((options) => [10_000, 100_000].map((trials) => ({
    name: `simulate ${options} options × ${trials.toLocaleString('en')} trials`, options, trials,
    request: simulateRequest(options, trials) }))),
  // Every plan up to 20 profiles, budgets 1e3–1e7: no cap; a total cap of 50; every other profile
  // capped (1–13 creators) and a total of 200. Spread profiles, and profiles within 2%.
  plan: [['', profiles], ['≈', nearIdentical]].flatMap(([mark, make]) => [5, 10, 20].flatMap((count) =>
    [1e3, 1e4, 1e5, 1e6, 1e7].flatMap((budget) => ['none', 'total 50', 'each+200'].map((cap) => {
      const list = make(count, count).map((p, i) => (cap === 'each+200' && i % 2 === 0 ? { ...p, max_creators: 1 + (i * 7) % 13 } : p));
      return {
        name: `plan ${count}${mark} profiles, budget ${budget.toExponential()}, cap ${cap}`, count, budget, cap,
        goal_ms: GOALS.planMs,
        request: { kind: 'plan', budget, goal: 'engagements', cost_per_creator: 35, profiles: list,
          ...(cap === 'total 50' ? { max_creators_total: 50 } : cap === 'each+200' ? { max_creators_total: 200 } : {}) } };
    })))),
};

// --- Timing ----------------------------------------------------------------------------------
const { benchmarks } = JSON.parse(readFileSync(new URL('./requests.json', import.meta.url), 'utf8'));
const all = [...benchmarks, ...scaling.simulation, ...scaling.plan];

function native(list) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const file = join(dir, 'requests.json');
  writeFileSync(file, JSON.stringify({ benchmarks: list.map(({ name, request }) => ({ name, request })) }));
  const out = execFileSync(join(ROOT, 'build/native/bench_native'), [file], { encoding: 'utf8', maxBuffer: 1 << 24 });
  rmSync(dir, { recursive: true });
  return out.trim().split('\n').map((line) => JSON.parse(line).ms);
}

// The median of `runs` timed evaluations after one warm-up, and the first answer's result (the
// same function runs in Node and, as text, in the page).
function timeAll(estimator, list, runs) {
  return list.map(({ request }) => {
    const text = JSON.stringify(request);
    const first = estimator.evaluate(text);
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    const ms = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      estimator.evaluate(text);
      ms.push(performance.now() - start);
    }
    return { ms: ms.sort((a, b) => a - b)[Math.floor(runs / 2)], exact: first.result.exact };
  });
}

async function chromiumTimes(list, runs) {
  const browser = await startBrowser();
  const page = await browser.open('/');
  // Through DevTools, so the page's CSP does not apply to the timing code; the estimator loads as
  // it does for a visitor.
  const times = await page.evaluate(`import('${browser.origin}/estimator.js').then(async (m) =>
    (${timeAll})(await m.createEstimator(), ${JSON.stringify(list)}, ${runs}))`);
  await browser.close();
  return times;
}

// The machine's load decides how far the times can be trusted: printed before and after.
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const loadBefore = load();
const nativeMs = native(all);
const nodeTimes = timeAll(await createEstimator(), all, RUNS);
const chromium = await chromiumTimes(all, RUNS);
const pages = await measurePages(PAGE_RUNS);

// --- Printing --------------------------------------------------------------------------------
let met = true;
const goal = (ok) => ((met &&= ok), ok ? 'met' : 'MISSED');
const f = (ms) => (ms >= 10 ? ms.toFixed(1) : ms >= 0.1 ? ms.toFixed(2) : ms.toFixed(3)).padStart(9);
const n = (x) => x.toLocaleString('en').padStart(9);
const at = (row) => all.indexOf(row);

console.log(`${new Date().toISOString()}; ${cpus().length} cores; load average (1, 5, 15 min) ${loadBefore} at the start, ${load()} at the end`);
console.log(`tool pages: first visit (fresh context), median of ${PAGE_RUNS} visits; bytes of every file served`);
console.log(`${'page'.padEnd(24)}${'files'.padStart(6)}${'gzip B'.padStart(9)}${'brotli B'.padStart(9)}${'sw+ gzip B'.padStart(11)}` +
  `${'first result ms:'.padStart(18)}${'fast'.padStart(7)}${'slow 4G'.padStart(9)}${'+4× CPU'.padStart(9)}   goals`);
for (const p of pages) {
  console.log(`${p.page.padEnd(24)}${String(p.files.length).padStart(6)}${n(p.gzip)}${n(p.brotli)}${n(p.precache.gzip).padStart(11)}${''.padStart(18)}` +
    `${p.ms.fast.toFixed(0).padStart(7)}${p.ms.slow.toFixed(0).padStart(9)}${p.ms.slowCpu.toFixed(0).padStart(9)}   ` +
    `≤ ${GOALS.pageGzip.toLocaleString('en')} B gzip ${goal(p.gzip <= GOALS.pageGzip)}; ` +
    `≤ ${GOALS.firstResultSlowMs} ms at 1.6 Mbps/150 ms ${goal(p.ms.slow <= GOALS.firstResultSlowMs)}`);
}
console.log('gzip/brotli B: the page, its code, texts, worker, glue and wasm (service workers blocked); sw+: what the\n' +
  'service worker then precaches for offline use after the first result (other pages\' files), not in the goal.\n' +
  'slow 4G: HTTP/2 over TLS as GitHub Pages, 1.6 Mbps shared, 150 ms round trip (+2 per new connection: TCP, TLS), gzip bodies,\n' +
  'max-age=600 and ETags; +4× CPU: DevTools throttling\n');

const header = (title) => console.log(`${title.padEnd(48)}   native   node wasm   chromium  wasm/native  goal`);
header(`requests (median of ${RUNS} runs; ms)`);
for (const b of benchmarks) {
  const i = at(b), ratio = chromium[i].ms / nativeMs[i];
  const goals = [b.goal_ms !== undefined && `≤ ${b.goal_ms} ms ${goal(chromium[i].ms <= b.goal_ms)}`,
    b.goal_ratio !== undefined && `≤ ${b.goal_ratio}× native ${goal(ratio <= b.goal_ratio)}`].filter(Boolean);
  console.log(`${b.name.padEnd(48)}${f(nativeMs[i])}${f(nodeTimes[i].ms)}  ${f(chromium[i].ms)}   ${ratio.toFixed(2).padStart(8)}×    ${goals.join('; ')}`);
}
console.log('');
header('simulation scaling (ms)');
for (const s of scaling.simulation) {
  const i = at(s);
  console.log(`${s.name.padEnd(48)}${f(nativeMs[i])}${f(nodeTimes[i].ms)}  ${f(chromium[i].ms)}   ${(chromium[i].ms / nativeMs[i]).toFixed(2).padStart(8)}×`);
}
console.log('');
header('plan scaling (ms; cost_per_creator 35, goal engagements; ≈: profiles within 2%)');
for (const p of scaling.plan) {
  const i = at(p), exact = chromium[i].exact === true;
  console.log(`${p.name.padEnd(48)}${f(nativeMs[i])}${f(nodeTimes[i].ms)}  ${f(chromium[i].ms)}   ${(chromium[i].ms / nativeMs[i]).toFixed(2).padStart(8)}×    ` +
    `exact ${goal(exact)}; ≤ ${p.goal_ms} ms ${goal(chromium[i].ms <= p.goal_ms)}`);
}
console.log(`\n${met ? 'every goal met' : 'some goals MISSED'}`);
process.exitCode = met ? 0 : 1;
