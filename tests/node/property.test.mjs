// The property test against the shipped module (dist/estimator.js): the requests of
// tests/cases/generator.json (tests/node/generator.mjs; the same ones the native test makes), each
// answered twice as text and once as an object. Every answer must be a clean envelope, repeatable,
// name a field of the request in each error, and keep the domain's invariants.
// PROPERTY_REQUESTS and PROPERTY_SEED change the count and the seed (scripts/property).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEstimator } from '../../dist/estimator.js';
import { request, kinds, keys } from './generator.mjs';

const count = Number(process.env.PROPERTY_REQUESTS || 2000);
const seed = Number(process.env.PROPERTY_SEED || 1);
const estimator = await createEstimator();

// What is wrong with an answer's shape: null, undefined, NaN or Infinity anywhere, no envelope.
function shapeProblem(answer) {
  const bad = (v, path) => {
    if (v === null || v === undefined) return `${path} is ${v}`;
    if (typeof v === 'number' && !Number.isFinite(v)) return `${path} is ${v}`;
    if (typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const problem = bad(x, `${path}.${k}`);
        if (problem) return problem;
      }
    }
    return '';
  };
  const problem = bad(answer, 'answer');
  if (problem) return problem;
  if (answer.ok === true) {
    if (typeof answer.kind !== 'string' || typeof answer.result !== 'object') return 'success without kind or result';
    if (!('method' in answer.result) || !('sources' in answer.result)) return 'result without method or sources';
    return '';
  }
  if (answer.ok !== false || !Array.isArray(answer.errors) || answer.errors.length === 0) return 'not an envelope';
  for (const e of answer.errors) {
    if (typeof e.field !== 'string' || !e.field || typeof e.code !== 'string' || typeof e.message !== 'string') return `malformed error ${JSON.stringify(e)}`;
    if (e.code === 'internal_error') return `internal_error: ${e.message}`;
  }
  return '';
}

// "request", "kind", or a path into the request whose last part may name a key it left out.
function namesAField(req, field) {
  if (field === 'request' || field === 'kind') return true;
  const parts = field.split('.');
  let node = req;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const child = node && typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
    if (i === parts.length - 1) return child !== undefined || keys.has(part);
    if (child === undefined) return false;
    node = child;
  }
  return false;
}

function unorderedRange(value, path) {
  if (value && typeof value === 'object') {
    if (typeof value.low === 'number' && typeof value.high === 'number') {
      const typical = typeof value.typical === 'number' ? value.typical : value.low;
      if (!(value.low <= typical && typical <= value.high)) return `${path} is not ordered: ${JSON.stringify(value)}`;
    }
    for (const [k, v] of Object.entries(value)) {
      const problem = unorderedRange(v, `${path}.${k}`);
      if (problem) return problem;
    }
  }
  return '';
}

function brokenInvariant(req, result) {
  const problem = unorderedRange(result, 'result');
  if (problem) return problem;
  if (req.kind === 'plan') {
    const slack = 1e-9 * req.budget;
    if (result.spend > req.budget + slack) return 'the plan spends more than the budget';
    for (const other of result.alternatives) {
      if (other.spend > req.budget + slack) return 'an alternative spends more than the budget';
      if (other.value > result.value) return 'an alternative is better than the best mix';
    }
    if (result.cautious && result.cautious.spend > req.budget + slack) return 'the cautious mix spends more than the budget';
    for (const profile of req.profiles) { // the best plan with this profile alone (asked as an object)
      const alone = estimator.evaluate({ ...req, profiles: [profile] });
      if (alone.ok && alone.result.value > result.value * (1 + 1e-12)) return `the plan is worse than the best single-profile plan (${alone.result.value})`;
    }
    // Asked with its bands: the same plan, and each profile alone within the budget and its cap.
    const banded = estimator.evaluate({ ...req, bands: true, bands_trials: 100 });
    if (!banded.ok) return `asked with bands: ${JSON.stringify(banded.errors)}`;
    const { bands, ...plan } = banded.result;
    if (JSON.stringify(plan) !== JSON.stringify(result)) return 'the plan asked with bands differs from the plan';
    for (const [i, o] of bands.options.entries()) {
      if (o.creators.p90 > (req.profiles[i].max_creators ?? Infinity)) return `bands: ${o.label} above its max_creators`;
      if (o.spend.p90 > req.budget + slack) return `bands: ${o.label} spends more than the budget`;
    }
  }
  if (req.kind === 'simulate') {
    for (const option of result.options) {
      for (const [metric, q] of Object.entries(option)) {
        if (q && typeof q === 'object' && 'p10' in q && !(q.p10 <= q.p50 && q.p50 <= q.p90)) return `${metric}: p10, p50, p90 not ordered`;
      }
    }
  }
  if (req.kind === 'overlap' && !(result.unique_reach <= result.total_reach)) return 'unique reach above the summed reach';
  return '';
}

function problemWith(text, tally) {
  const answer = estimator.evaluate(text);
  const shape = shapeProblem(answer);
  if (shape) return shape;
  if (JSON.stringify(estimator.evaluate(text)) !== JSON.stringify(answer)) return 'a second evaluation answered differently';
  const req = JSON.parse(text);
  const asObject = shapeProblem(estimator.evaluate(req));
  if (asObject) return `as an object: ${asObject}`;
  tally.ok += answer.ok ? 1 : 0;
  if (answer.ok) return brokenInvariant(req, answer.result);
  const unnamed = answer.errors.find((e) => !namesAField(req, e.field));
  return unnamed ? `an error names no field of the request: ${JSON.stringify(unnamed)}` : '';
}

test(`property: ${count} generated requests (seed ${seed}) get clean, repeatable answers that keep the invariants`, () => {
  const tallies = Object.fromEntries(kinds.map((k) => [k, { requests: 0, ok: 0 }]));
  const failures = [];
  for (let i = 0; i < count && failures.length < 10; i++) {
    const text = request(seed, i);
    const tally = tallies[kinds[i % kinds.length]];
    tally.requests++;
    const problem = problemWith(text, tally);
    if (problem) failures.push(`request ${i} (seed ${seed}): ${problem}\n  ${text.slice(0, 2000)}`);
  }
  assert.deepEqual(failures, []);
  // Each kind must succeed often enough for its invariants to be exercised, and fail sometimes.
  for (const [kind, { requests, ok }] of Object.entries(tallies)) {
    assert.ok(ok * 10 >= requests, `${kind}: only ${ok} of ${requests} succeeded`);
    if (requests >= 50) assert.ok(ok < requests, `${kind}: all ${requests} succeeded (no extreme value was refused)`);
  }
});

test('property: the generator is deterministic and takes the kinds in turn', () => {
  // That it makes the native test's requests byte for byte is checked by scripts/property.
  assert.equal(request(7, 3), request(7, 3));
  assert.notEqual(request(7, 3), request(8, 3));
  for (let i = 0; i < 200; i++) assert.equal(JSON.parse(request(7, i)).kind, kinds[i % kinds.length]);
});
