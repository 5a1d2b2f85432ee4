// web/estimator.d.ts against what the core really takes and answers: every request of the README's
// contract section and of the shared contract cases that the core accepts, and the core's own answer
// to each, are written into a TypeScript file as typed constants and checked with tsc --strict. An
// object literal may carry no field its type does not name and must carry every required one, so a
// field the core adds, drops or renames without the types following fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createEstimator } from '../../dist/estimator.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const estimator = await createEstimator();

/** The requests of the README's ```json examples: the text before "→". */
async function readmeRequests() {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1].split('→')[0].trim());
  return blocks.filter((b) => b.startsWith('{"kind"')).map((b) => JSON.parse(b));
}

async function typeCheck(source) {
  const dir = await mkdtemp(join(tmpdir(), 'estimator-types-'));
  try {
    await copyFile(join(ROOT, 'dist/estimator.d.ts'), join(dir, 'estimator.d.ts'));
    await writeFile(join(dir, 'check.ts'), source);
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/tsc'),
      ['--strict', '--noEmit', '--target', 'es2020', '--module', 'es2020', '--lib', 'es2020,dom', join(dir, 'check.ts')]);
    return '';
  } catch (error) {
    return String(error.stdout || error.message);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('the README\'s requests, the accepted contract cases and their answers type-check against estimator.d.ts', async () => {
  const { cases } = JSON.parse(await readFile(join(ROOT, 'tests/cases/contract.json'), 'utf8'));
  const requests = [...await readmeRequests(), ...cases.map((c) => c.request)]
    .filter((r) => r && typeof r === 'object' && estimator.evaluate(r).ok);
  assert.ok(requests.length > 40, `${requests.length} requests`);
  const kinds = new Set(requests.map((r) => r.kind));
  assert.ok(kinds.size >= 12, `every kind: ${[...kinds]}`);
  const lines = ["import type { Answer, Requests, Estimator } from './estimator';"];
  requests.forEach((request, i) => {
    const k = JSON.stringify(request.kind);
    lines.push(`const request${i}: Requests[${k}] = ${JSON.stringify(request)};`);
    lines.push(`const answer${i}: Answer<${k}> = ${JSON.stringify(estimator.evaluate(request))};`);
  });
  // The API's own signatures: a typed request gives an answer of its kind.
  lines.push('declare const e: Estimator;',
    "const tier = e.evaluate({ kind: 'tier', followers: 45000 });",
    "if (tier.ok) { const name: string = tier.result.tier; void name; }",
    "void e.run({ kind: 'simulate', budget: 100, options: [] }, { onProgress: (p: number) => void p });",
    "void e.run({ kind: 'plan', budget: 100, goal: 'reach', profiles: [], bands: true }, { onPartial: (a) => { const v: number = a.result.value; void v; } });");
  lines.push(`void [${requests.map((_, i) => `request${i}, answer${i}`).join(', ')}];`);
  assert.equal(await typeCheck(lines.join('\n')), '');
});

test('the type check fails on a field the types do not name', async () => {
  const bad = "import type { Requests } from './estimator';\nconst r: Requests['tier'] = { kind: 'tier', followers: 1, folowers: 2 };\nvoid r;";
  assert.match(await typeCheck(bad), /folowers/);
});
