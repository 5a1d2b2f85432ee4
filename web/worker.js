// Runs every request of a tool page off the page's thread (plans and simulations report progress). Messages in:
// {id, request} to start, {cancel: id} to stop; out: {id, progress} and {id, answer}.
import { createEstimator } from './estimator.js';

const estimator = createEstimator();
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
  }), () => ({ ok: false, errors: [{ field: 'request', code: 'internal_error', message: 'The calculator could not load; reload the page.' }] }));
  running.delete(data.id);
  self.postMessage({ id: data.id, answer });
};
