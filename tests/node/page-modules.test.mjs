// Each tool page's wasm module (dist/wasm/<tool>.wasm through the pages' one glue, dist/wasm/glue.js;
// the kinds of wasm/modules.json) against
// the public module with every kind (dist/estimator_core.{js,wasm}): the same answer, byte for byte,
// to every contract case and every generated request of its kinds; unknown_kind for the rest; and
// every kind a tool's code sends is in its page's module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { TOOLS } from '../../web/site.js';
import { request, kinds as generatedKinds } from './generator.mjs';
import { rosterCsv, rosterList } from '../bench/roster-requests.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const modules = JSON.parse(await readFile(new URL('../../wasm/modules.json', import.meta.url), 'utf8'));
const { cases } = JSON.parse(await readFile(new URL('../cases/contract.json', import.meta.url), 'utf8'));
const GENERATED = 300; // requests per kind, from the property test's generator

async function instance(glue, wasm) {
  const create = (await import(new URL(glue, DIST))).default;
  return create({ wasmBinary: await readFile(new URL(wasm, DIST)) });
}

const full = await instance('estimator_core.js', 'estimator_core.wasm');
const allKinds = JSON.parse(full.evaluate('{"kind":"?"}')).errors[0].message.match(/one of: (.*)\.$/)[1].split(', ');

// Request texts of one kind: the contract cases', then generated ones (the shortlist's roster, which
// the property generator leaves to its own tests: spreadsheets and lists of several sizes and seeds).
function requestsOf(kind) {
  const texts = cases.filter((c) => c.request?.kind === kind).map((c) => JSON.stringify(c.request));
  const at = generatedKinds.indexOf(kind);
  if (at >= 0) for (let i = 0; i < GENERATED; i++) texts.push(request(7, at + i * generatedKinds.length));
  if (kind === 'roster') {
    for (let seed = 1; seed <= 10; seed++) {
      texts.push(JSON.stringify({ kind, csv: rosterCsv(seed * 7, seed), budget: seed * 1000, platform: 'instagram' }));
      texts.push(JSON.stringify({ kind, creators: rosterList(seed * 5, seed), budget: seed * 2500 }));
    }
  }
  return texts;
}

test('every tool page has a module, and every module kind is a kind of the core', () => {
  assert.deepEqual(Object.keys(modules).sort(), TOOLS.map((t) => t.id).sort());
  for (const [tool, kinds] of Object.entries(modules)) {
    assert.ok(kinds.length > 0, tool);
    for (const kind of kinds) assert.ok(allKinds.includes(kind), `${tool}: ${kind} is not a kind`);
  }
});

test('every kind a tool\'s code sends is in its page\'s module', async () => {
  for (const { id } of TOOLS) {
    const code = await readFile(new URL(`../../web/tools/${id}.js`, import.meta.url), 'utf8');
    const sent = [...code.matchAll(/\bkind: '(\w+)'/g)].map((m) => m[1]).filter((k) => allKinds.includes(k));
    assert.ok(sent.length > 0, `${id}: sends no kind?`);
    for (const kind of sent) assert.ok(modules[id].includes(kind), `${id} sends ${kind}, which wasm/modules.json leaves out of its module`);
  }
});

for (const [tool, kinds] of Object.entries(modules)) {
  test(`the ${tool} page's module answers its kinds as the public module does, and no other kind`, async () => {
    const page = await instance('wasm/glue.js', `wasm/${tool}.wasm`);
    let compared = 0;
    for (const kind of kinds) {
      const texts = requestsOf(kind);
      assert.ok(texts.length > 0, `no request of ${kind} to compare`);
      for (const text of texts) {
        assert.equal(page.evaluate(text), full.evaluate(text), text);
        compared++;
      }
    }
    assert.ok(compared >= kinds.length * 10, `only ${compared} requests compared`);
    for (const other of allKinds.filter((k) => !kinds.includes(k))) {
      const answer = JSON.parse(page.evaluate(JSON.stringify({ kind: other })));
      assert.equal(answer.ok, false, other);
      assert.deepEqual([answer.errors[0].field, answer.errors[0].code], ['kind', 'unknown_kind'], other);
      assert.ok(answer.errors[0].message.includes(kinds.join(', ')), answer.errors[0].message);
    }
  });
}
