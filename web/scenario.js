// The scenario (the raw text of every input) as a URL fragment, so a copied link restores it
// exactly: "#compare.budget=5000&compare.options.0.label=Micro&lang=nl". Only what differs from
// the defaults is written; reading starts from the defaults. A link that does not read cleanly
// (unknown keys, impossible values) is refused as a whole.
import { LANGS } from './i18n.js';
import { CURRENCIES, defaultScenario, PANELS } from './sections.js';

// Long enough for anything the page lets a user type (a list of 100 reaches), short enough to
// refuse garbage.
const MAX_VALUE = 2000;

export function encodeScenario(scenario, { lang, currency } = {}) {
  const defaults = defaultScenario();
  const out = new URLSearchParams();
  for (const [id, panel] of Object.entries(PANELS)) {
    for (const f of panel.fields) {
      if (scenario[id][f.name] !== defaults[id][f.name]) out.set(`${id}.${f.name}`, scenario[id][f.name]);
    }
    if (panel.list) {
      const items = scenario[id][panel.list.name];
      if (JSON.stringify(items) !== JSON.stringify(defaults[id][panel.list.name])) {
        items.forEach((item, i) => panel.list.fields.forEach((f) => out.set(`${id}.${panel.list.name}.${i}.${f.name}`, item[f.name] ?? '')));
      }
    }
  }
  if (lang) out.set('lang', lang);
  if (currency) out.set('cur', currency);
  return out.toString();
}

function fieldOk(field, value) {
  if (!field || value.length > MAX_VALUE) return false;
  return field.type !== 'select' || field.options.includes(value);
}

/**
 * {scenario, lang?, currency?} from a fragment, or null when anything in it is not ours. A
 * fragment without "=" (none, or an anchor such as #main) is no scenario: the defaults, no notice.
 */
export function decodeScenario(fragment) {
  if (!fragment.includes('=')) return { scenario: defaultScenario() };
  try {
    return decode(fragment);
  } catch {
    return null;
  }
}

function decode(fragment) {
  const scenario = defaultScenario();
  const found = {};
  const lists = {};
  for (const [key, value] of new URLSearchParams(fragment.replace(/^#/, ''))) {
    if (key === 'lang') { if (!LANGS.includes(value)) return null; found.lang = value; continue; }
    if (key === 'cur') { if (!CURRENCIES.includes(value)) return null; found.currency = value; continue; }
    const [id, name, index, itemName, ...rest] = key.split('.');
    const panel = Object.hasOwn(PANELS, id) ? PANELS[id] : undefined;  // not "constructor"
    if (!panel || rest.length) return null;
    if (panel.list && name === panel.list.name) {
      const i = Number(index);
      const field = panel.list.fields.find((f) => f.name === itemName);
      if (!/^\d+$/.test(index ?? '') || i >= panel.list.max || !fieldOk(field, value)) return null;
      ((lists[id] ??= [])[i] ??= { ...panel.list.blank })[itemName] = value;
      continue;
    }
    if (index !== undefined || !fieldOk(panel.fields.find((f) => f.name === name), value)) return null;
    scenario[id][name] = value;
  }
  for (const [id, items] of Object.entries(lists)) {
    for (let i = 0; i < items.length; i++) if (!items[i]) return null; // a gap: 0 and 2 but no 1
    scenario[id][PANELS[id].list.name] = items;
  }
  return { scenario, ...found };
}
