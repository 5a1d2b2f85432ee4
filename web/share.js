// The scenario in the URL fragment and this tab's storage: saving, restoring, and copying links.
import { decodeScenario, encodeScenario } from './scenario.js';
import { CURRENCIES, LANGS, TOOLS } from './site.js';
import { notice, S, say, store, tr } from './state.js';
import { convertValues, defaults } from './values.js';

export const link = () => encodeScenario(S.tool, S.values, defaults(), { lang: S.lang, currency: S.currency });
const storeKey = () => 'scenario:' + S.tool.id;

let saveTimer = 0;
/** Writes the scenario to the URL (when short enough) and always to this tab's storage. */
// Saving waits for a pause in typing; leaving the page (a language link, a reload, closing the tab)
// saves at once, so the last keystroke is never lost.
export function save() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, 150);
}

/** Saves at once what is still waiting (a language link, leaving the page). */
export function flushSave() {
  if (saveTimer) saveNow();
}

function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  const fragment = link();
  store.setItem(storeKey(), JSON.stringify({ values: S.values, lang: S.lang, currency: S.currency }));
  history.replaceState(null, '', `${location.pathname}${location.search}${fragment ? '#' + fragment : ''}`);
  updateLanguageLink(fragment);
}

export function updateLanguageLink(fragment = link()) {
  for (const a of document.querySelectorAll('a[data-switch-lang]')) {
    a.href = a.getAttribute('href').split('#')[0] + (fragment ? '#' + fragment : '');
  }
}

export async function copy(text, feedback, done) {
  try {
    await navigator.clipboard.writeText(text);
    say(feedback, done);
  } catch {
    say(feedback, tr('copy_failed'));
  }
}

export function copyLink(feedback) {
  const fragment = link();
  if (fragment === null) return say(feedback, tr('link_too_long'));
  copy(`${location.origin}${location.pathname}${location.search}#${fragment}`, feedback, tr('copied'));
}

/** Values from a link, rewritten into this page's language. */
export function fromLink(decoded) {
  const from = decoded.lang ?? S.lang;
  return convertValues(decoded.values, from, S.lang);
}

export const linkContext = () => ({ tool: S.tool, defaults, toolIds: TOOLS.map((t) => t.id), langs: LANGS, currencies: CURRENCIES });

export function restore() {
  const decoded = decodeScenario(location.hash, linkContext());
  if (!decoded) {
    notice(tr('bad_link'));
    return { values: defaults() };
  }
  if (decoded.values) return { values: fromLink(decoded), currency: decoded.currency };
  // No scenario in the address: this tab's own state (kept even when too long for a link).
  try {
    const kept = JSON.parse(store.getItem(storeKey()) ?? 'null');
    if (kept?.values) {
      const values = convertValues({ ...defaults(kept.lang), ...kept.values }, kept.lang, S.lang);
      // A default left as it was (a sample in the other language) becomes this language's default.
      const theirs = defaults(kept.lang), ours = defaults();
      for (const f of S.tool.fields) if (kept.values[f.name] === theirs[f.name]) values[f.name] = ours[f.name];
      return { values, currency: kept.currency };
    }
  } catch { /* unreadable: the defaults */ }
  return { values: defaults() };
}
