// The context a tool's functions get: language, currency, texts, the fields given, citations.
import { root, S, tr } from './state.js';
import { METHODOLOGY } from './site.js';

export function context() {
  return {
    lang: S.lang, currency: S.currency, tr,
    given: (name) => String(S.values[name] ?? '').trim() !== '',
    citations,
    methodologyHref: `${root}${S.lang}/${METHODOLOGY[S.lang]}/`,
  };
}

let sources = null;
export function citations() {
  // Only what a citation shows (scripts/sources.mjs), not the whole dataset the methodology page reads.
  sources ??= fetch(root + 'sources.json').then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.status)))).then((d) => d.sources);
  sources.catch(() => { sources = null; });
  return sources;
}
