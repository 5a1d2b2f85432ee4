// The state every module of a tool page shares: its tool, language, texts, currency and the text of
// every input; the translation function; storage that may be blocked; the hook page.js wires.
export const query = new URLSearchParams(location.search);
export const embedded = query.get('embed') === '1';
export const root = document.body.dataset.root ?? '../../';
export const store = storage('sessionStorage');
export const prefs = storage('localStorage');

function storage(name) {
  try {
    const s = window[name];
    s.getItem('x');
    return s;
  } catch {
    return { getItem: () => null, setItem: () => {}, removeItem: () => {} }; // blocked (a sandboxed embed)
  }
}

export const S = {
  tool: null, lang: 'en', texts: {}, currency: 'EUR', values: null, touched: new Set(),
  request: null, response: null, skipped: [], nodes: {},
};

export const tr = (key, vars = {}) => String(S.texts[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => vars[name] ?? '');

// What every change of an input does (page.js: save the scenario and compute the answer).
export const hooks = { changed() {} };

// Each computation's main-thread time is measured (performance entries named MEASURE), so a
// browser test can hold every keystroke and link to the 50 ms budget.
export const MEASURE = 'estimator:main-thread';
export function measured(work) {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(MEASURE, { start, end: performance.now() });
  }
}

/** Feedback next to the control that was used. */
export function say(node, text) {
  node.textContent = text;
}

export function notice(text) {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}
