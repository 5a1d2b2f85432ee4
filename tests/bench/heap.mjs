// Does the wasm heap return to its size after a 10,000-row roster request? Loads the built module
// (dist/) in Node, answers the request 20 times, and prints the size of the module's memory after
// loading, after the first answer and after the last. Memory can only grow, so a leak shows as
// growth after the first answer (each answer allocates some megabytes). Run after scripts/build:
//   node tests/bench/heap.mjs
import { readFileSync } from 'node:fs';
import createCoreModule from '../../dist/estimator_core.js';
import { ROSTER_BENCHMARKS } from './roster-requests.mjs';

const core = await createCoreModule({ wasmBinary: readFileSync(new URL('../../dist/estimator_core.wasm', import.meta.url)) });
const memory = () => (core.HEAP8 ?? core.HEAPU8).buffer.byteLength;
const text = JSON.stringify(ROSTER_BENCHMARKS[0].request);
const mb = (bytes) => (bytes / 1048576).toFixed(1) + ' MB';

const loaded = memory();
const first = JSON.parse(core.evaluate(text));
if (!first.ok) throw new Error(JSON.stringify(first.errors));
const afterFirst = memory();
for (let i = 0; i < 19; i++) core.evaluate(text);
const afterLast = memory();
console.log(`wasm memory, 10,000-row roster request (${mb(text.length)} of JSON): loaded ${mb(loaded)}, ` +
  `after the first answer ${mb(afterFirst)}, after 20 answers ${mb(afterLast)} ` +
  `(${afterLast === afterFirst ? 'no growth after the first: nothing kept between requests' : 'GREW: memory kept between requests'})`);
process.exitCode = afterLast === afterFirst ? 0 : 1;
