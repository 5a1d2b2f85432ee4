// Runs every request of a tool page off the page's thread (plans and simulations report progress). Messages in:
// {id, request} to start, {cancel: id} to stop; out: {id, progress}, {id, partial} (the answer so
// far, before the trials: estimator.js run's onPartial) and {id, answer}. The worker's name is the
// page's wasm module (`cost`: dist/wasm/cost.wasm, only the kinds that page sends;
// wasm/modules.json), so a visitor downloads the one tool's code. The name, not a query in the
// worker's URL: a worker served by the service worker has the cached file's URL, without the query.
// Every page module has the same bindings, so one JS glue (dist/wasm/glue.js; scripts/build checks
// the modules' glues are the same but for the wasm's name) loads any of them, cached once for all pages.
import { loadEstimator } from './core-api.js';

const name = self.name;
// A name, never a path: only this site's own modules can load.
const estimator = /^[a-z]+$/.test(name)
  ? import(new URL('../wasm/glue.js', import.meta.url).href)
    .then((glue) => loadEstimator(glue.default, { locateFile: () => new URL(`../wasm/${name}.wasm`, import.meta.url).href }))
  : Promise.reject(new Error(`no such module: ${name}`));
estimator.catch(() => {}); // not a page error: each job below answers that the calculator could not load
const running = new Map(); // id → AbortController

self.onmessage = async ({ data }) => {
  if (data.cancel !== undefined) {
    running.get(data.cancel)?.abort();
    return;
  }
  const controller = new AbortController();
  running.set(data.id, controller);
  // A module that cannot load answers every job (no page waits for an answer that never comes).
  const answer = await estimator.then((e) => e.run(data.request, {
    signal: controller.signal,
    onProgress: (progress) => self.postMessage({ id: data.id, progress }),
    onPartial: (partial) => self.postMessage({ id: data.id, partial }),
  }), () => ({ ok: false, errors: [{ field: 'request', code: 'internal_error', message: 'The calculator could not load; reload the page.' }] }));
  running.delete(data.id);
  self.postMessage({ id: data.id, answer });
};
