// The JS API (dist/estimator.js) against the built wasm module: the shared contract cases, the
// API's own promises (cached module, never throws), and bad input from the JS side.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createEstimator } from '../../dist/estimator.js';

const { cases } = JSON.parse(await readFile(new URL('../cases/contract.json', import.meta.url), 'utf8'));
const estimator = await createEstimator();

function assertSubset(expected, actual, path = 'result') {
  if (typeof expected === 'number') {
    assert.equal(typeof actual, 'number', `${path} should be a number`);
    assert.ok(Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected)), `${path}: ${actual} ≠ ${expected}`);
  } else if (expected && typeof expected === 'object') {
    for (const [key, value] of Object.entries(expected)) assertSubset(value, actual?.[key], `${path}.${key}`);
  } else {
    assert.equal(actual, expected, path);
  }
}

function assertClean(value, path = 'response') {
  assert.notEqual(value, null, `${path} is null`);
  assert.notEqual(value, undefined, `${path} is undefined`);
  if (typeof value === 'number') assert.ok(Number.isFinite(value), `${path} is ${value}`);
  if (typeof value === 'object') for (const [k, v] of Object.entries(value)) assertClean(v, `${path}.${k}`);
}

for (const c of cases) {
  test(`contract: ${c.name}`, () => {
    const response = estimator.evaluate(c.request_text ?? c.request);
    assertClean(response);
    if (c.errors) {
      assert.equal(response.ok, false);
      for (const e of c.errors) {
        assert.ok(response.errors.some((r) => r.field === e.field && r.code === e.code),
          `expected ${e.field}/${e.code} in ${JSON.stringify(response.errors)}`);
      }
      for (const e of response.errors) assert.match(e.message, /\S.*\.$/);
      return;
    }
    assert.equal(response.ok, true, JSON.stringify(response));
    assert.equal(response.kind, c.request.kind);
    assertSubset(c.result, response.result);
    for (const key of c.absent ?? []) assert.ok(!(key in response.result), `${key} should be absent`);
  });
}

test('createEstimator loads the module once and shares it', async () => {
  assert.equal(await createEstimator(), estimator);
});

test('a caller may hand in the wasm bytes', async () => {
  const bytes = await readFile(new URL('../../dist/estimator_core.wasm', import.meta.url));
  const own = await createEstimator({ wasmBinary: bytes });
  assert.notEqual(own, estimator);
  assert.equal(own.evaluate({ kind: 'tier', followers: 150000 }).result.tier, 'macro');
});

test('JS values that JSON cannot carry become field errors, never a throw', () => {
  const nan = estimator.evaluate({ kind: 'engagement', followers: NaN, likes: Infinity });
  assert.ok(nan.errors.some((e) => e.field === 'followers' && e.code === 'not_a_number'));
  assert.ok(nan.errors.some((e) => e.field === 'likes' && e.code === 'not_a_number'));
  const circular = { kind: 'tier' };
  circular.self = circular;
  assert.equal(estimator.evaluate(circular).errors[0].code, 'invalid_json');
  assert.equal(estimator.evaluate(10n).errors[0].code, 'invalid_json');
  for (const bad of [undefined, null, 42, [], () => 1]) {
    const response = estimator.evaluate(bad);
    assert.equal(response.ok, false);
    assert.equal(response.errors[0].field, 'request');
  }
});

test('many requests in a row do not leak or slow down', () => {
  const request = { kind: 'compare', budget: 5000, options: [{ followers: 20000, engagement_rate_pct: 3, price_per_post: 200 }] };
  for (let i = 0; i < 20000; i++) assert.equal(estimator.evaluate(request).ok, true);
});

test('run() gives evaluate()\'s answer in steps, with progress, and can be stopped', async () => {
  const request = { kind: 'simulate', budget: 10000, trials: 60000, seed: 9, options: [
    { label: 'Micro', followers: 25000, engagement_rate_pct: { low: 2, high: 4 }, price_per_post: { low: 200, high: 300 } },
    { label: 'Macro', followers: 600000, engagement_rate_pct: { low: 1, high: 2 }, price_per_post: 5000 }] };
  const seen = [];
  const answer = await estimator.run(request, { onProgress: (p) => seen.push(p), trialsPerStep: 10000 });
  assert.deepEqual(answer, estimator.evaluate(request));
  assert.ok(seen.length >= 5 && seen.at(-1) === 1 && seen.every((p, i) => i === 0 || p >= seen[i - 1]));
  const controller = new AbortController();
  const stopped = estimator.run(request, { signal: controller.signal, trialsPerStep: 1000, onProgress: () => controller.abort() });
  assert.equal((await stopped).errors[0].code, 'cancelled');
  assert.deepEqual(await estimator.run({ kind: 'tier', followers: 5 }), estimator.evaluate({ kind: 'tier', followers: 5 }));
  assert.equal((await estimator.run('{bad')).errors[0].code, 'invalid_json');
});

test('run() gives a plan with bands at once through onPartial, then the whole answer; simulate has no partial answer', async () => {
  const plan = { kind: 'plan', budget: 10000, goal: 'engagements', seed: 3, bands: true, bands_trials: 30000, profiles: [
    { label: 'Micro', followers: 20000, engagement_rate_pct: { low: 2, high: 4 }, price_per_post: 250, max_creators: 30 },
    { label: 'Macro', followers: 500000, engagement_rate_pct: { low: 1, high: 2 }, price_per_post: 5000 }] };
  const events = [];
  const answer = await estimator.run(plan, { trialsPerStep: 5000, onPartial: (a) => events.push(a), onProgress: (p) => events.push(p) });
  const whole = estimator.evaluate(plan);
  assert.deepEqual(answer, whole);
  assert.equal(typeof events[0], 'object', 'the partial answer comes first, before any progress');
  assert.equal(events.filter((e) => typeof e === 'object').length, 1, 'once');
  const { bands, ...withoutBands } = whole.result;
  assert.ok(bands);
  assert.deepEqual(events[0], { ...whole, result: withoutBands });
  assert.ok(events.length > 3, 'then the trials, with progress');
  const simulate = { kind: 'simulate', budget: 10000, trials: 20000, options: plan.profiles };
  const partials = [];
  assert.deepEqual(await estimator.run(simulate, { onPartial: (a) => partials.push(a) }), estimator.evaluate(simulate));
  const without = { ...plan, bands: false, bands_trials: undefined };
  assert.deepEqual(await estimator.run(without, { onPartial: (a) => partials.push(a) }), estimator.evaluate(without));
  assert.deepEqual(partials, [], 'no partial answer when the simulation is the answer, or when there is none');
});
