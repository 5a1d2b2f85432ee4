// Any of the wasm modules (the public one, or a page's: wasm/modules.json) as the calculator's
// API: { evaluate(request), run(request, {onProgress, onPartial, signal}) }. estimator.js gives it
// the public module; a tool page's worker (worker.js) gives it that page's.

function failure(code, message) {
  return { ok: false, errors: [{ field: 'request', code, message }] };
}
const RESTARTING = failure('internal_error', 'The calculator hit an internal error and is restarting; try again in a moment.');

// NaN and Infinity would silently become null in JSON; send them as text so the core names them.
function replacer(_key, value) {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}

// The request as JSON text, or a failure when it cannot be written as JSON.
function toText(request) {
  if (typeof request === 'string') return { text: request };
  try {
    const text = JSON.stringify(request, replacer);
    return text === undefined ? { error: failure('not_an_object', 'The request must be an object with a "kind".') } : { text };
  } catch (error) {
    return { error: failure('invalid_json', `The request cannot be written as JSON: ${error.message}.`) };
  }
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

// The core never throws, but the wasm build has no C++ exceptions: should a bug abort the
// instance anyway, the call answers internal_error and a fresh instance replaces the dead one.
function wrap(first, restart) {
  let live = first;
  const DEAD = Symbol('dead');
  function call(use) {
    if (!live) return DEAD;
    try {
      return use(live);
    } catch {
      live = null;
      restart().then((fresh) => { live = fresh; }, () => {});
      return DEAD;
    }
  }

  return Object.freeze({
    /** request: an object {kind, ...inputs}, or its JSON text. Never throws. */
    evaluate(request) {
      const { text, error } = toText(request);
      if (error) return error;
      const answer = call((core) => core.evaluate(text));
      return answer === DEAD ? RESTARTING : JSON.parse(answer);
    },

    /**
     * The same answer as evaluate, computed in steps so that a long simulation reports progress
     * (onProgress(0..1)) and can be stopped (signal: an AbortSignal). Resolves, never rejects.
     * onPartial(answer): called once, before the trials, with the answer so far when it means
     * something without them (a plan with bands: the plan, its result without `bands`).
     */
    async run(request, { onProgress, onPartial, signal, trialsPerStep = 20000 } = {}) {
      const step = Math.max(1, Math.floor(Number(trialsPerStep)) || 20000);
      const { text, error } = toText(request);
      if (error) return error;
      const job = call((core) => core.runStart(text));
      if (job === DEAD) return RESTARTING;
      const partial = onPartial ? call((core) => core.runPartial(job)) : '';
      if (partial === DEAD) return RESTARTING;
      if (partial) onPartial(JSON.parse(partial));
      for (;;) {
        const finished = call((core) => core.runStep(job, step));
        if (finished === DEAD) return RESTARTING;
        if (finished) break;
        onProgress?.(live.runProgress(job));
        await pause(); // lets messages (a cancel) and paints through
        if (signal?.aborted) {
          call((core) => core.runFinish(job));
          return failure('cancelled', 'The calculation was stopped.');
        }
      }
      onProgress?.(1);
      const answer = call((core) => core.runFinish(job));
      return answer === DEAD || !answer ? RESTARTING : JSON.parse(answer); // empty: restarted meanwhile
    },
  });
}

/**
 * The API over a module's glue factory (its default export). options, handed to the glue:
 * wasmBinary (the module's bytes) or locateFile (the wasm's URL: one glue serves every page's
 * module, see worker.js).
 */
export async function loadEstimator(createModule, options = {}) {
  const instantiate = () => createModule({ ...options });
  return wrap(await instantiate(), instantiate);
}
