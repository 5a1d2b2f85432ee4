// The built wasm module holds none of libc's number-text code (core/contract/parse.hpp replaces it): no
// printf (nlohmann's \u escape and lexer message used it) and no strtod (its lexer, and atof).
// Read from each module's symbol map (build/wasm/estimator_core.js.symbols, --emit-symbol-map),
// which names every function of the module as linked. Also: numbers from text reach the page
// exactly (the wasm module reads long ones through JavaScript's Number()).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createEstimator } from '../../dist/estimator.js';

// The public module and every tool page's (wasm/modules.json: build/wasm/pages/<tool>.js.symbols).
const pageModules = Object.keys(JSON.parse(await readFile(new URL('../../wasm/modules.json', import.meta.url), 'utf8')));
const maps = ['estimator_core', ...pageModules.map((m) => `pages/${m}`)];
const namesOf = async (map) => (await readFile(new URL(`../../build/wasm/${map}.js.symbols`, import.meta.url), 'utf8'))
  .trim().split('\n').map((line) => line.slice(line.indexOf(':') + 1));

for (const map of maps) {
  test(`${map}: a symbol map naming its functions; no printf and no strtod`, async () => {
    const names = await namesOf(map);
    assert.ok(names.length > 100, `only ${names.length} names`);
    assert.ok(names.some((n) => n.includes('evaluate_text')), 'evaluate_text is not named');
    const libc = /^(printf_core|v?snprintf|v?sprintf|vfprintf|fmt_fp|strtod|strtof|strtold|__floatscan|decfloat|scanexp|__intscan|strto[u]?ll?|atof)$/;
    assert.deepEqual(names.filter((n) => libc.test(n)), []);
  });
}

test('a page\'s module leaves the other kinds\' code out (the cost page: no roster, no plan, no compare)', async () => {
  const names = await namesOf('pages/cost');
  assert.ok(names.some((n) => n.includes('run_cost')), 'run_cost is missing');
  assert.deepEqual(names.filter((n) => /run_(roster|plan|compare|simulate)\b/.test(n)), []);
  assert.ok((await namesOf('estimator_core')).some((n) => n.includes('run_roster')), 'the public module has every kind');
});

test('only the modules of kinds that simulate hold the simulation (stepped.hpp\'s Trials keeps the contract from naming it)', async () => {
  const simulating = new Set(['simulate', 'plan', 'compare']);
  const kinds = JSON.parse(await readFile(new URL('../../wasm/modules.json', import.meta.url), 'utf8'));
  for (const [tool, its] of Object.entries(kinds)) {
    const simulation = (await namesOf(`pages/${tool}`)).filter((n) => /Simulation::(step|run_trial|result)\b/.test(n));
    if (its.some((k) => simulating.has(k))) assert.ok(simulation.length > 0, `${tool}: its kinds simulate, yet no simulation code`);
    else assert.deepEqual(simulation, [], `${tool}: simulation code it never runs`);
  }
});

test('only the modules of kinds that read the dataset hold it (compare reaches it through ProfileNeeds::published)', async () => {
  const reading = new Set(['compare', 'benchmarks', 'engagement', 'price', 'reach', 'roster', 'tier']);
  const kinds = JSON.parse(await readFile(new URL('../../wasm/modules.json', import.meta.url), 'utf8'));
  for (const [tool, its] of Object.entries(kinds)) {
    const dataset = (await namesOf(`pages/${tool}`)).filter((n) => /^est::(dataset|estimate)(\(|\\28)/.test(n));
    if (its.some((k) => reading.has(k))) assert.ok(dataset.length > 0, `${tool}: its kinds read the dataset, yet no dataset code`);
    else assert.deepEqual(dataset, [], `${tool}: dataset code it never runs`);
  }
});

test('number text is read exactly in the module (edge cases through Number())', async () => {
  const estimator = await createEstimator();
  const tier = (followers) => estimator.evaluate(`{"kind":"tier","followers":${followers}}`);
  // 30 significant digits and an exponent beyond the fast path: the same double as JavaScript's.
  for (const text of ['123456.789012345678901234567890', '1234567.89012345678901234567890e-1', '9.99999999999999999999e5',
    '4.5e4', '45000.000000000000000000001', '0.000000000000000000000000123456789e30', '9999999999.99999999999999']) {
    const answer = tier(text);
    assert.equal(answer.ok, true, text);
    assert.equal(answer.result.followers, Number(text), text);
  }
  assert.equal(tier('1e999').errors[0].field, 'followers');
  assert.equal(tier('1e999').errors[0].code, 'not_a_number');
});
