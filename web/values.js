// A tool's inputs as text (the first visit's, rewritten between languages) and the request read from them.
import { convertText, inputText, readField } from './numbers.js';
import { context } from './context.js';
import { S } from './state.js';

/** The first visit's values, written in lang. */
export function defaults(lang = S.lang) {
  // A default may depend on the language (a sample written as that language's spreadsheets write it).
  const text = (f, v) => (typeof v === 'function' ? text(f, v(lang)) : v === undefined ? '' : typeof v === 'string' ? v : inputText(v, lang));
  const values = Object.fromEntries(S.tool.fields.map((f) => [f.name, text(f, f.value)]));
  if (S.tool.list) {
    values[S.tool.list.name] = S.tool.list.defaults.map((d) => Object.fromEntries(S.tool.list.fields.map((f) => [f.name, text(f, d[f.name])])));
  }
  return values;
}

// A new profile: empty, except that a choice (platform, tier) starts at its default.
export const blankItem = () => Object.fromEntries(S.tool.list.fields.map((f) => [f.name, f.type === 'select' ? f.value ?? f.options[0] : '']));

/** Every text rewritten from one language's format to another's, never changing a value. */
export function convertValues(values, from, to) {
  const one = (f, text) => (f.type === 'text' || f.type === 'select' ? text : convertText(text, from, to, f.type));
  const out = Object.fromEntries(S.tool.fields.map((f) => [f.name, one(f, values[f.name] ?? '')]));
  if (S.tool.list) out[S.tool.list.name] = values[S.tool.list.name].map((item) => Object.fromEntries(S.tool.list.fields.map((f) => [f.name, one(f, item[f.name] ?? '')])));
  return out;
}

export const allFields = () => [
  ...S.tool.fields.map((f) => ({ path: f.name, field: f, text: S.values[f.name] })),
  ...(S.tool.list ? S.values[S.tool.list.name].flatMap((item, i) => S.tool.list.fields.map((f) => ({ path: `${S.tool.list.name}.${i}.${f.name}`, field: f, text: item[f.name] }))) : []),
];

// A field's value for the request: a number, range or list; its text when it does not read (the
// core then names the field); undefined when empty. Refusals the core cannot know about
// (ambiguous text) are kept in `local` by path.
export function reader(local) {
  return (field, text, path) => {
    if (field.type === 'select') return text;
    if (field.type === 'text') return String(text ?? '').trim() || undefined;
    const read = readField(text, S.lang, field.type, field.max);
    if (!read) return undefined;
    if (read.error) {
      if (read.error.startsWith('ambiguous')) local.set(path, read.error);
      return String(text);
    }
    return read.value;
  };
}

export function buildRequest() {
  const local = new Map();
  const read = reader(local);
  const request = { kind: S.tool.kind };
  for (const f of S.tool.fields) {
    const v = f.request === false ? undefined : read(f, S.values[f.name], f.name);
    if (v !== undefined) request[f.name] = v;
  }
  S.skipped = [];
  S.itemIndex = [];
  if (S.tool.list) {
    const { name, fields } = S.tool.list;
    request[name] = [];
    S.values[name].forEach((item, i) => {
      // A profile left empty is not asked about (no errors for what the visitor has not typed yet).
      const untouched = fields.every((f) => (f.type === 'select' || !String(item[f.name] ?? '').trim()) && !S.touched.has(`${name}.${i}.${f.name}`));
      if (untouched) { S.skipped.push(i); return; }
      S.itemIndex.push(i);
      request[name].push(Object.fromEntries(fields.map((f) => [f.name, read(f, item[f.name], `${name}.${i}.${f.name}`)]).filter(([, v]) => v !== undefined)));
    });
  }
  const byName = (name) => {
    const f = S.tool.fields.find((x) => x.name === name);
    return read(f, S.values[name], name);
  };
  const ctx = context();
  const final = S.tool.request ? S.tool.request(request, byName, ctx) : request;
  return { request: final, local };
}

// The id of a field's input (and, with -error, -note, -hint, of its messages).
export const idOf = (path) => `${S.tool.id}-${path.replaceAll('.', '-')}`;
