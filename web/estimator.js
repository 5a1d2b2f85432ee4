// The public JS API of the estimator: createEstimator() resolves to
//   { evaluate(request), run(request, {onProgress, onPartial, signal}) }
// — a plain object in, a plain object out, in browsers and in Node 20. The wasm module loads
// once; later calls share the same promise.
import { loadEstimator } from './core-api.js';
import createCoreModule from './estimator_core.js';

const isNode = typeof process === 'object' && !!process.versions?.node && typeof window === 'undefined';
let shared = null;

async function load(wasmBinary) {
  if (!wasmBinary && isNode) {
    // Node 20's fetch cannot read file paths, so the bytes are read here and handed in.
    const { readFile } = await import('node:fs/promises');
    wasmBinary = await readFile(new URL('./estimator_core.wasm', import.meta.url));
  }
  return loadEstimator(createCoreModule, wasmBinary ? { wasmBinary } : {});
}

/**
 * Resolves to { evaluate, run }. options.wasmBinary: the module's bytes, if you load them
 * yourself (then a fresh instance is made); otherwise one shared instance is loaded once.
 */
export function createEstimator(options = {}) {
  if (options.wasmBinary) return load(options.wasmBinary);
  if (!shared) {
    shared = load();
    shared.catch(() => { shared = null; }); // a failed load may be retried
  }
  return shared;
}
