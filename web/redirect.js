// The root index.html: sends a visitor to their language's page, and old links and embeds
// (index.html?embed=1&section=compare#compare.budget=5000&lang=nl) to the tool they named, with
// their scenario (the tool page reads the old fragment).
import { LANDING_TOOL, LANGS, METHODOLOGY, TOOLS, pagePath } from './site.js';

const query = new URLSearchParams(location.search);
const fragment = location.hash.slice(1);
const link = new URLSearchParams(fragment.includes('=') ? fragment : '');

function language() {
  let saved = null;
  try { saved = localStorage.getItem('lang'); } catch { /* blocked */ }
  for (const c of [query.get('lang'), link.get('lang'), saved, ...(navigator.languages ?? [navigator.language])]) {
    const code = String(c ?? '').slice(0, 2).toLowerCase();
    if (LANGS.includes(code)) return code;
  }
  return LANGS[0];
}

function tool() {
  const section = (query.get('section') ?? '').toLowerCase();
  const named = TOOLS.find((t) => t.embed.includes(section));
  if (named) return named.id;
  for (const key of link.keys()) {
    const found = TOOLS.find((t) => t.id === key.split('.')[0]);
    if (found) return found.id;
  }
  return query.get('embed') === '1' ? LANDING_TOOL : null;
}

const keep = new URLSearchParams([...query].filter(([k]) => k === 'embed' || k === 'currency'));
const search = keep.toString() ? '?' + keep : '';
const lang = language();
const target = /methodology\.html$/.test(location.pathname) ? `${lang}/${METHODOLOGY[lang]}/` : pagePath(lang, tool());
location.replace(target + search + (fragment ? '#' + fragment : ''));
