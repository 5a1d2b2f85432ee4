// The page's side of the worker (worker.js): run(request, {channel, onProgress, onPartial}) resolves
// with the answer; onPartial gets the answer so far, when there is one, before it. A newer job on the same channel replaces the older one, which is told to stop and
// settles at once with a "cancelled" failure: no caller waits forever.

const failure = (code, message) => ({ ok: false, errors: [{ field: 'request', code, message }] });
export const CANCELLED = failure('cancelled', 'The calculation was replaced by a newer one.');

/**
 * url: the worker module; onFailure: called when the worker cannot start or dies; name: the
 * worker's name (worker.js: the page's wasm module).
 */
export function createBridge(url, onFailure = () => {}, name = '') {
  let worker = null;
  let nextId = 0;
  const jobs = new Map(); // id → {channel, resolve, onProgress, onPartial}

  function settle(id, answer) {
    const job = jobs.get(id);
    if (!job) return;
    jobs.delete(id);
    job.resolve(answer);
  }

  function start() {
    worker = new Worker(url, { type: 'module', name });
    worker.onmessage = ({ data }) => {
      if (data.answer) settle(data.id, data.answer);
      else if (data.partial) jobs.get(data.id)?.onPartial?.(data.partial);
      else jobs.get(data.id)?.onProgress?.(data.progress);
    };
    worker.onerror = () => {
      for (const id of [...jobs.keys()]) settle(id, failure('internal_error', 'The calculator could not start; reload the page.'));
      worker = null;
      onFailure();
    };
  }

  /** Stops the channel's running job (it settles as cancelled). */
  function cancel(channel) {
    for (const [id, job] of [...jobs]) {
      if (job.channel !== channel) continue;
      worker?.postMessage({ cancel: id });
      settle(id, CANCELLED);
    }
  }

  /** Starts the worker now (it loads its wasm module) rather than on the first run. */
  function warm() {
    if (!worker) start();
  }

  function run(request, { channel = 'main', onProgress, onPartial } = {}) {
    if (!worker) start();
    cancel(channel);
    const id = ++nextId;
    return new Promise((resolve) => {
      jobs.set(id, { channel, resolve, onProgress, onPartial });
      worker.postMessage({ id, request });
    });
  }

  return { run, cancel, warm };
}
