// A tool's scenario (the text of every input) as a URL fragment, so a copied link restores it:
// "#compare.budget=5000&compare.options.0.label=Micro&lang=nl&cur=EUR". `lang` is the language
// the texts are written in; a page in another language rewrites them (numbers.js convertText).
// Only what differs from the defaults is written. A link that does not read cleanly (unknown keys,
// impossible values) is refused as a whole; keys of the site's other tools (old one-page links)
// are skipped.

// Long enough for anything a field takes (100 reaches), short enough to refuse garbage.
export const MAX_VALUE = 2000;
// Longer scenarios are kept in the tab (sessionStorage), and "Copy link" says so.
export const MAX_LINK = 6000;

/** The fragment for values, or null when it would be too long to share as a link. */
export function encodeScenario(tool, values, defaults, { lang, currency } = {}) {
  const out = new URLSearchParams();
  for (const f of tool.fields) {
    if (values[f.name] !== defaults[f.name]) out.set(`${tool.id}.${f.name}`, values[f.name]);
  }
  if (tool.list) {
    const items = values[tool.list.name];
    if (JSON.stringify(items) !== JSON.stringify(defaults[tool.list.name])) {
      items.forEach((item, i) => tool.list.fields.forEach((f) => out.set(`${tool.id}.${tool.list.name}.${i}.${f.name}`, item[f.name] ?? '')));
    }
  }
  // The language only matters to read typed texts; the currency only when not the tool's default.
  if (lang && [...out.keys()].length) out.set('lang', lang);
  if (currency && currency !== (tool.currency ?? 'EUR')) out.set('cur', currency);
  const text = out.toString();
  const tooLong = [...out.values()].some((v) => v.length > MAX_VALUE) || text.length > MAX_LINK;
  return tooLong ? null : text;
}

function fieldOk(field, value) {
  if (!field || value.length > MAX_VALUE) return false;
  return field.type !== 'select' || field.options.includes(value);
}

/**
 * {values, lang?, currency?} from a fragment, or null when anything in it is not ours. A fragment
 * without "=" (none, or an anchor such as #main) is no scenario: null values, no notice.
 * ctx: {tool, defaults(lang) → values, toolIds, langs, currencies}.
 */
export function decodeScenario(fragment, ctx) {
  const text = String(fragment ?? '').replace(/^#/, '');
  if (!text.includes('=')) return { values: null };
  try {
    return decode(text, ctx);
  } catch {
    return null;
  }
}

function decode(text, { tool, defaults, toolIds, langs, currencies }) {
  const found = {};
  const fields = {};
  const items = [];
  for (const [key, value] of new URLSearchParams(text)) {
    if (key === 'lang') { if (!langs.includes(value)) return null; found.lang = value; continue; }
    if (key === 'cur') { if (!currencies.includes(value)) return null; found.currency = value; continue; }
    const [id, name, index, itemName, ...rest] = key.split('.');
    if (id !== tool.id) {
      if (toolIds.includes(id)) continue; // another tool's field, from an old one-page link
      return null;
    }
    if (rest.length) return null;
    if (tool.list && name === tool.list.name) {
      const i = Number(index);
      const field = tool.list.fields.find((f) => f.name === itemName);
      if (!/^\d+$/.test(index ?? '') || i >= tool.list.max || !fieldOk(field, value)) return null;
      (items[i] ??= {})[itemName] = value;
      continue;
    }
    if (index !== undefined || !fieldOk(tool.fields.find((f) => f.name === name), value)) return null;
    fields[name] = value;
  }
  const values = { ...defaults(found.lang), ...fields };
  if (tool.list && items.length) {
    for (let i = 0; i < items.length; i++) if (!items[i]) return null; // a gap: 0 and 2 but no 1
    // A field the link leaves out is the field's own default (a menu's first choice), else empty.
    values[tool.list.name] = items.map((item) => Object.fromEntries(tool.list.fields.map((f) => [f.name, item[f.name] ?? f.value ?? ''])));
  }
  return { values, ...found };
}
