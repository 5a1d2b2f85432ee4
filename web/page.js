// The wiring of a tool page: start-up (start.js) draws the page's tool in its language and
// scenario; every change of an input saves the scenario (share.js) and sends the request read
// from the form (values.js) to the estimator in a Web Worker (so that no input, however large, and
// no first use of the dataset costs the page's thread more than drawing the answer), whose answer
// show.js draws. State is the text of every input (state.js).
import { show, showProgress, showRest } from './show.js';
import { save } from './share.js';
import { start } from './start.js';
import { hooks, measured, notice, root, S, tr } from './state.js';
import { registerServiceWorker } from './sw-register.js';
import { buildRequest } from './values.js';

let bridge = null;
let generation = 0;

function changed() {
  save();
  compute();
}

function compute() {
  const mine = ++generation;
  const { request, local } = measured(buildRequest);
  if (!bridge) return;
  S.nodes.results.classList.add('pending');
  const onProgress = (p) => { if (mine === generation) showProgress(p); };
  // The answer so far (a plan before its bands) is drawn at once; the simulated part waits, and
  // then only it is drawn (what the visitor opened meanwhile stays open).
  let partial = false;
  const onPartial = (answer) => {
    if (mine !== generation) return;
    partial = true;
    measured(() => show(request, answer, local, { partial }));
  };
  bridge.run(request, { channel: 'main', onProgress, onPartial }).then((response) => {
    if (response.errors?.[0]?.code === 'cancelled' || mine !== generation) return;
    measured(() => (partial && showRest(response, local)) || show(request, response, local));
    registerOnce();
  });
}

// The service worker is registered once the first answer is on screen: its downloads never compete
// with the first visit's own.
let registered = false;
function registerOnce() {
  if (registered) return;
  registered = true;
  registerServiceWorker({ url: new URL(root + 'sw.js', location.href), text: tr });
}

hooks.changed = changed;
let started = null;

/** Draws the page, then sends its first request to `worker` (boot.js started it: worker-bridge.js). */
export function startPage(worker) {
  started = start().then(() => {
    bridge = worker;
    changed();
  });
}

/** The worker could not start or died: said once the page is drawn (boot.js calls it after startPage). */
export function loadFailed() {
  started?.then(() => notice(tr('load_failed')));
}
