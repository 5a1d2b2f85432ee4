// Registers the service worker (sw.js) and offers a new version when one is ready. A page calls
// registerServiceWorker() once, after its first result is on screen: the worker then downloads the
// site for offline use only once the page has what it needs (after `load`, when the browser is idle),
// instead of competing with the first visit's own downloads.
//
// "A new version is ready" appears when a newer worker has installed while this page runs on the old
// one. Its button lets the new worker take over and reloads; without it, the next reload of the only
// open tab gets the new version anyway (see sw.js). The text follows the page's language (<html lang>),
// through the page's own translate function, and is set as text, never as HTML.
import { el } from './dom.js';

let notice = null;

/**
 * url: the worker's script at the site's root (so its scope is the whole site); text(key): the page's
 * translation of 'update_ready' and 'update_reload'. Safe to call more than once; does nothing where
 * service workers are unavailable.
 */
let translate = (key) => key;
export function registerServiceWorker({ url, text }) {
  translate = text;
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  // No registration (a browser or automation that blocks service workers resolves without one): nothing to watch.
  whenIdle(() => navigator.serviceWorker.register(url).then((registration) => registration && watch(registration), () => {}));
}

function whenIdle(callback) {
  const idle = () => (window.requestIdleCallback ?? ((f) => setTimeout(f, 50)))(callback, { timeout: 5000 });
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

function watch(registration) {
  const offerWhenInstalled = (worker) => {
    if (!worker) return;
    const check = () => {
      // With no controller this is the first visit's worker, not a new version.
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(registration);
    };
    worker.addEventListener('statechange', check);
    check();
  };
  offerWhenInstalled(registration.waiting);
  offerWhenInstalled(registration.installing);
  registration.addEventListener('updatefound', () => offerWhenInstalled(registration.installing));
  // Another tab let the new version take over: this page's code is now the older one; say so.
  if (navigator.serviceWorker.controller) navigator.serviceWorker.addEventListener('controllerchange', () => offer(registration));
}

function offer(registration) {
  if (notice) return;
  const text = el('span');
  const button = el('button', { type: 'button', onclick: () => takeOver(registration, button) });
  // The live region is in the page before its text arrives, so screen readers announce it.
  notice = el('div', { class: 'update-notice', role: 'status' }, text, ' ', button);
  document.body.append(notice);
  const label = () => {
    text.textContent = translate('update_ready');
    button.textContent = translate('update_reload');
  };
  new MutationObserver(label).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  requestAnimationFrame(label);
}

function takeOver(registration, button) {
  button.disabled = true;
  const waiting = registration.waiting;
  if (!waiting) return location.reload(); // another tab already switched to the new version
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  setTimeout(() => location.reload(), 3000); // should the new worker fail, a reload still helps
  waiting.postMessage('skip-waiting');
}
