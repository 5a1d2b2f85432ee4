// The public JS API of the estimator: one function, createEstimator(), resolving to
// { evaluate(request) } — a plain object in, a plain object out, in browsers and in Node 20.
// The wasm module loads once; later calls share the same promise.
import createCoreModule from './estimator_core.js';

const isNode = typeof process === 'object' && !!process.versions?.node && typeof window === 'undefined';
let shared = null;

function failure(code, message) {
  return { ok: false, errors: [{ field: 'request', code, message }] };
}

// NaN and Infinity would silently become null in JSON; send them as text so the core names them.
function replacer(_key, value) {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}

// The core never throws, but the wasm build has no C++ exceptions: should a bug abort the
// instance anyway, the call answers internal_error and a fresh instance replaces the dead one.
function wrap(core, restart) {
  let live = core;
  return Object.freeze({
    /** request: an object {kind, ...inputs}, or its JSON text. Never throws. */
    evaluate(request) {
      let text = request;
      if (typeof request !== 'string') {
        try {
          text = JSON.stringify(request, replacer);
        } catch (error) {
          return failure('invalid_json', `The request cannot be written as JSON: ${error.message}.`);
        }
        if (text === undefined) return failure('not_an_object', 'The request must be an object with a "kind".');
      }
      if (!live) return failure('internal_error', 'The calculator is restarting; try again in a moment.');
      try {
        return JSON.parse(live.evaluate(text));
      } catch {
        live = null;
        restart().then((fresh) => { live = fresh; }, () => {});
        return failure('internal_error', 'The calculator hit an internal error and is restarting; try again in a moment.');
      }
    },
  });
}

async function load(wasmBinary) {
  if (!wasmBinary && isNode) {
    // Node 20's fetch cannot read file paths, so the bytes are read here and handed in.
    const { readFile } = await import('node:fs/promises');
    wasmBinary = await readFile(new URL('./estimator_core.wasm', import.meta.url));
    globalThis.__dirname ??= new URL('.', import.meta.url).pathname; // read by the Emscripten glue
  }
  const instantiate = () => createCoreModule(wasmBinary ? { wasmBinary } : {});
  return wrap(await instantiate(), instantiate);
}

/**
 * Resolves to { evaluate(request) }. options.wasmBinary: the module's bytes, if you load them
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
