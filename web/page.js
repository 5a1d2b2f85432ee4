// The wiring of a tool page: reads which tool and language the page is (<body data-tool>,
// <html lang>), loads only that tool's module and that language's texts, builds the form, sends
// every change to the estimator in a Web Worker (so that no input, however large, and no first
// use of the dataset costs the page's thread more than drawing the answer) and shows the answer,
// field errors, exports and sharing. State is the text of every input; the
// scenario lives in the URL fragment (or, when too long for a link, in this tab's sessionStorage).
import { downloadText } from './charts.js';
import { el, replace } from './dom.js';
import { toCsv } from './csv.js';
import { convertText, inputText, readField, readNumber, rounded } from './numbers.js';
import { answerLine, figureRows, metrics, methodNote } from './render.js';
import { decodeScenario, encodeScenario } from './scenario.js';
import { CURRENCIES, LANGS, METHODOLOGY, TOOLS, toolById } from './site.js';
import { registerServiceWorker } from './sw-register.js';
import { createBridge } from './worker-bridge.js';

const query = new URLSearchParams(location.search);
const embedded = query.get('embed') === '1';
const root = document.body.dataset.root ?? '../../';
const store = storage('sessionStorage');
const prefs = storage('localStorage');

function storage(name) {
  try {
    const s = window[name];
    s.getItem('x');
    return s;
  } catch {
    return { getItem: () => null, setItem: () => {}, removeItem: () => {} }; // blocked (a sandboxed embed)
  }
}

const S = {
  tool: null, lang: 'en', texts: {}, currency: 'EUR', values: null, touched: new Set(),
  request: null, response: null, skipped: [], nodes: {},
};

const tr = (key, vars = {}) => String(S.texts[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => vars[name] ?? '');

// --- Values ----------------------------------------------------------------------------------

/** The first visit's values, written in lang. */
function defaults(lang = S.lang) {
  // A default may depend on the language (a sample written as that language's spreadsheets write it).
  const text = (f, v) => (typeof v === 'function' ? text(f, v(lang)) : v === undefined ? '' : typeof v === 'string' ? v : inputText(v, lang));
  const values = Object.fromEntries(S.tool.fields.map((f) => [f.name, text(f, f.value)]));
  if (S.tool.list) {
    values[S.tool.list.name] = S.tool.list.defaults.map((d) => Object.fromEntries(S.tool.list.fields.map((f) => [f.name, text(f, d[f.name])])));
  }
  return values;
}

// A new profile: empty, except that a choice (platform, tier) starts at its default.
const blankItem = () => Object.fromEntries(S.tool.list.fields.map((f) => [f.name, f.type === 'select' ? f.value ?? f.options[0] : '']));

/** Every text rewritten from one language's format to another's, never changing a value. */
function convertValues(values, from, to) {
  const one = (f, text) => (f.type === 'text' || f.type === 'select' ? text : convertText(text, from, to, f.type));
  const out = Object.fromEntries(S.tool.fields.map((f) => [f.name, one(f, values[f.name] ?? '')]));
  if (S.tool.list) out[S.tool.list.name] = values[S.tool.list.name].map((item) => Object.fromEntries(S.tool.list.fields.map((f) => [f.name, one(f, item[f.name] ?? '')])));
  return out;
}

const allFields = () => [
  ...S.tool.fields.map((f) => ({ path: f.name, field: f, text: S.values[f.name] })),
  ...(S.tool.list ? S.values[S.tool.list.name].flatMap((item, i) => S.tool.list.fields.map((f) => ({ path: `${S.tool.list.name}.${i}.${f.name}`, field: f, text: item[f.name] }))) : []),
];

// --- Requests ----------------------------------------------------------------------------------

// A field's value for the request: a number, range or list; its text when it does not read (the
// core then names the field); undefined when empty. Refusals the core cannot know about
// (ambiguous text) are kept in `local` by path.
function reader(local) {
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

function buildRequest() {
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

// --- Form ----------------------------------------------------------------------------------

const idOf = (path) => `${S.tool.id}-${path.replaceAll('.', '-')}`;

function label(field) {
  return tr('field.' + (field.label ?? field.name), { currency: S.currency }) + (field.money ? ` (${S.currency})` : '');
}

function control(path, field, value, onChange) {
  const id = idOf(path);
  const common = { id, name: path, 'aria-describedby': `${id}-error ${id}-note${field.hint ? ` ${id}-hint` : ''}`,
    oninput: (e) => { S.touched.add(path); onChange(e.target.value); },
    onblur: () => { if (!S.touched.has(path)) { S.touched.add(path); showErrors(); } } };
  const placeholder = field.example !== undefined ? tr('example', { value: inputText(field.example, S.lang) }) : null;
  const input = field.type === 'select'
    ? el('select', common, field.options.map((o) => el('option', { value: o, selected: o === value }, tr(`${field.name}.${o}`))))
    // multiline: a pasted table; its text is the textarea's content as a text node, never HTML.
    : field.multiline ? el('textarea', { ...common, rows: field.multiline, autocomplete: 'off', spellcheck: 'false', placeholder, wrap: 'off' }, value)
      : el('input', { ...common, value, type: 'text', autocomplete: 'off', spellcheck: 'false', placeholder,
        inputmode: field.type === 'text' || field.type === 'list' ? 'text' : 'decimal' });
  const hint = field.override ? tr('own_figure') : field.optional ? tr('optional') : null;
  // Text put into the field by a button (a file, a sample): as if typed.
  const put = (text) => { input.value = text; S.touched.add(path); onChange(text); };
  return el('div', { class: field.override || field.wide || field.multiline || field.type === 'list' ? 'field wide' : 'field' },
    el('label', { for: id }, label(field), hint ? el('span', { class: 'optional' }, ` (${hint})`) : null),
    field.hint ? el('p', { class: 'field-hint', id: id + '-hint' }, tr(field.hint, { currency: S.currency })) : null,
    input,
    field.file || field.sample ? fieldButtons(id, field, put) : null,
    el('p', { class: 'field-error', id: id + '-error' }),
    el('p', { class: 'field-note', id: id + '-note' }));
}

// A file read into a text field on this device (FileReader through File.text(); nothing is sent)
// and a button that fills in a sample: fields with `file: {accept, maxBytes}` and `sample: (lang) => text`.
function fieldButtons(id, field, put) {
  const feedback = el('span', { class: 'feedback', role: 'status', id: id + '-file-status' });
  const picker = field.file && el('input', { type: 'file', id: id + '-file', accept: field.file.accept, class: 'file-input',
    onchange: async (e) => {
      const file = e.target.files?.[0];
      if (!file) return;
      if (file.size > field.file.maxBytes) return say(feedback, tr('file_too_large', { name: file.name, max: inputText(field.file.maxBytes / 1e6, S.lang) }));
      try {
        put(await file.text());
        say(feedback, tr('file_read', { name: file.name }));
      } catch {
        say(feedback, tr('file_unreadable', { name: file.name }));
      }
      e.target.value = ''; // the same file again is read again
    } });
  return el('div', { class: 'field-buttons' },
    picker ? el('label', { for: id + '-file', class: 'file-label' }, tr('file_pick')) : null, picker,
    field.sample ? el('button', { type: 'button', class: 'sample', onclick: () => { put(field.sample(S.lang)); say(feedback, ''); } }, tr('sample_fill')) : null,
    feedback,
    picker ? el('p', { class: 'field-hint' }, tr('file_private')) : null);
}

function itemGroup(index) {
  const { name, fields } = S.tool.list;
  const items = S.values[name];
  return el('fieldset', { class: 'option' },
    el('legend', {}, `${tr('option')} ${index + 1}`),
    fields.map((f) => control(`${name}.${index}.${f.name}`, f, items[index][f.name] ?? '', (v) => { items[index][f.name] = v; changed(); })),
    items.length > 1 ? el('button', { type: 'button', class: 'remove', onclick: () => {
      items.splice(index, 1);
      S.touched = new Set([...S.touched].filter((p) => !p.startsWith(`${name}.`)));
      buildForm();
      changed();
      document.getElementById(idOf(`${name}.${Math.max(0, index - 1)}.label`))?.focus();
    } }, tr('remove_option', { n: index + 1 })) : null);
}

function buildForm() {
  const form = el('form', { novalidate: true, onsubmit: (e) => e.preventDefault(), 'aria-label': tr('inputs') },
    S.tool.fields.filter((f) => f.hideFor !== S.currency)
      .map((f) => control(f.name, f, S.values[f.name], (v) => { S.values[f.name] = v; changed(); })));
  if (S.tool.list) {
    const items = S.values[S.tool.list.name];
    form.append(el('div', { class: 'options' }, items.map((_, i) => itemGroup(i))));
    if (items.length < S.tool.list.max) {
      form.append(el('button', { type: 'button', class: 'add', onclick: () => {
        items.push(blankItem());
        buildForm();
        changed();
        document.getElementById(idOf(`${S.tool.list.name}.${items.length - 1}.label`))?.focus();
      } }, tr('add_option')));
    }
  }
  S.nodes.form.replaceWith(form);
  S.nodes.form = form;
}

// --- Computing and showing -------------------------------------------------------------------

let bridge = null;
let generation = 0;

function changed() {
  save();
  compute();
}

// Each computation's main-thread time is measured (performance entries named MEASURE), so a
// browser test can hold every keystroke and link to the 50 ms budget.
export const MEASURE = 'estimator:main-thread';
function measured(work) {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(MEASURE, { start, end: performance.now() });
  }
}

function compute() {
  const mine = ++generation;
  const { request, local } = measured(buildRequest);
  if (!bridge) return;
  S.nodes.results.classList.add('pending');
  const onProgress = (p) => { if (mine === generation) showProgress(p); };
  bridge.run(request, { channel: 'main', onProgress }).then((response) => {
    if (response.errors?.[0]?.code === 'cancelled' || mine !== generation) return;
    measured(() => show(request, response, local));
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

// Core errors (and refusals of ambiguous text) by input path; the rest are general.
function errorsByPath(response, local) {
  const byPath = new Map();
  const unpublished = new Set();
  const general = [];
  for (const [path, code] of local) byPath.set(path, [tr('error.' + code)]);
  for (const error of response.ok ? [] : response.errors) {
    const path = inputPath(error.field);
    if (!path) { general.push(errorMessage(error)); continue; }
    if (local.has(path)) continue;
    (byPath.get(path) ?? byPath.set(path, []).get(path)).push(errorMessage(error));
    if (error.code === 'no_benchmark') unpublished.add(path);
  }
  return { byPath, unpublished, general };
}

function inputPath(field) {
  let path = S.tool.fieldOf ? S.tool.fieldOf(field) : field;
  const list = S.tool.list?.name;
  if (list && path.startsWith(list + '.')) {
    const [, index, name] = path.split('.');
    if (name === undefined) return null;
    path = `${list}.${S.itemIndex[Number(index)]}.${name}`;
  }
  return document.getElementById(idOf(path)) ? path : null;
}

function errorMessage(error) {
  const own = S.tool.errorText?.(context(), error);
  if (own) return own;
  const name = error.field.split('.').pop();
  for (const key of [`error.${error.code}.${name}`, `error.${error.code}`]) {
    if (key in S.texts) return tr(key, { field: tr('field.' + name) });
  }
  return error.message;
}

let lastErrors = { byPath: new Map(), unpublished: new Set(), general: [] };

/** Errors show next to fields the visitor has touched or filled in; untouched empty ones stay quiet. */
function showErrors(errors = lastErrors) {
  lastErrors = errors;
  let hidden = 0;
  for (const { path, text } of allFields()) {
    const input = document.getElementById(idOf(path));
    if (!input) continue;
    const messages = errors.byPath.get(path);
    // A figure nothing is published for is said at once: the visitor cannot know to type it.
    const visible = messages && (S.touched.has(path) || String(text ?? '').trim() !== '' || errors.unpublished.has(path));
    if (messages && !visible) hidden++;
    if (visible) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    document.getElementById(idOf(path) + '-error').textContent = visible ? messages.join(' ') : '';
  }
  S.nodes.generalError.textContent = errors.general.join(' ');
  return hidden;
}

function context() {
  return {
    lang: S.lang, currency: S.currency, tr,
    given: (name) => String(S.values[name] ?? '').trim() !== '',
    citations,
    methodologyHref: `${root}${S.lang}/${METHODOLOGY[S.lang]}/`,
  };
}

let sources = null;
function citations() {
  // Only what a citation shows (scripts/sources.mjs), not the whole dataset the methodology page reads.
  sources ??= fetch(root + 'sources.json').then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.status)))).then((d) => d.sources);
  sources.catch(() => { sources = null; });
  return sources;
}

function show(request, response, local) {
  S.request = request;
  S.response = response;
  const errors = errorsByPath(response, local);
  const hidden = showErrors(errors);
  const { results, answer } = S.nodes;
  results.classList.remove('pending');
  if (!response.ok || local.size) {
    // Never show a result for input that no longer reads: say why instead.
    replace(answer);
    showFieldNotes(null);
    replace(results, el('p', { class: 'stale-note' }, tr(hidden && !errors.general.length && errors.byPath.size === hidden ? 'needs_input' : 'stale')));
    return;
  }
  const ctx = context();
  const figures = S.tool.figures(ctx, response.result);
  replace(answer, S.tool.answer ? S.tool.answer(ctx, response.result) : answerLine(ctx, figures.find((f) => f?.headline)));
  const skipped = S.skipped.length ? el('p', { class: 'note' }, tr('skipped', { n: S.skipped.map((i) => i + 1).join(', ') })) : null;
  replace(results, skipped, metrics(ctx, figures), S.tool.render?.(ctx, response.result), simulatedBox(ctx, response.result),
    methodNote(ctx, { ...response.result, method: { formula: formula() } }));
  showPublished(response.result);
  showFieldNotes(response.result);
}

// Tools may say, next to a field, what the result made of it ({field, text, placeholder?,
// warning?, sources?}: field is the request's path): the published figure an empty field used
// (also as its placeholder) and warnings on what was typed. A note never replaces the answer.
function showFieldNotes(result) {
  for (const input of document.querySelectorAll('[data-base-placeholder]')) input.placeholder = input.dataset.basePlaceholder;
  for (const node of document.querySelectorAll('#app .field-note')) replace(node);
  if (!result || !S.tool.fieldNotes) return;
  for (const note of S.tool.fieldNotes(context(), result, S.request)) {
    const path = inputPath(note.field);
    const input = path && document.getElementById(idOf(path));
    if (!input) continue;
    if (note.placeholder) {
      input.dataset.basePlaceholder ??= input.placeholder;
      input.placeholder = note.placeholder;
    }
    const line = el('span', { class: note.warning ? 'field-warning' : 'published', 'data-note': note.warning ? 'warning' : 'published' }, note.text);
    document.getElementById(idOf(path) + '-note').append(line);
    if (note.sources?.length) {
      citations().then((all) => line.append(` (${[...new Set(note.sources.map((id) => all[id]?.publisher ?? id))].join(', ')})`), () => {});
    }
  }
}

// The tool's formula in the page's language, as the static page states it (readable without JS).
const formula = () => document.getElementById('formula')?.textContent ?? '';

// Override inputs show, as their placeholder, the published figure they would replace.
function showPublished(result) {
  const p = S.tool.published?.(result);
  const input = p && document.getElementById(idOf(p.field));
  if (input && p.range) input.placeholder = tr('published', { range: `${inputText(p.range.low, S.lang)}–${inputText(p.range.high, S.lang)}` });
}

// Tools whose answer waits on a simulation (the plan's bands) show that part in a box that, while
// the next answer is computed, shows its progress instead (tool.simulated and tool.running).
function simulatedBox(ctx, result) {
  S.nodes.simulated = S.tool.simulated ? el('div', { class: 'simulation', 'aria-live': 'polite' }, S.tool.simulated(ctx, result)) : null;
  return S.nodes.simulated;
}

function showProgress(value) {
  if (!S.tool.running) return;
  let box = S.nodes.simulated;
  if (!box?.isConnected) S.nodes.results.append(box = S.nodes.simulated = el('div', { class: 'simulation', 'aria-live': 'polite' }));
  let bar = box.querySelector('progress');
  if (!bar) replace(box, el('p', {}, tr(S.tool.running)), bar = el('progress', { max: 1, value: 0, 'aria-label': tr(S.tool.running) }));
  bar.value = value;
}

// --- Sharing, exporting, embedding -------------------------------------------------------------

const link = () => encodeScenario(S.tool, S.values, defaults(), { lang: S.lang, currency: S.currency });
const storeKey = () => 'scenario:' + S.tool.id;

let saveTimer = 0;
/** Writes the scenario to the URL (when short enough) and always to this tab's storage. */
// Saving waits for a pause in typing; leaving the page (a language link, a reload, closing the tab)
// saves at once, so the last keystroke is never lost.
function save() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, 150);
}

function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  const fragment = link();
  store.setItem(storeKey(), JSON.stringify({ values: S.values, lang: S.lang, currency: S.currency }));
  history.replaceState(null, '', `${location.pathname}${location.search}${fragment ? '#' + fragment : ''}`);
  updateLanguageLink(fragment);
}

function updateLanguageLink(fragment = link()) {
  for (const a of document.querySelectorAll('a[data-switch-lang]')) {
    a.href = a.getAttribute('href').split('#')[0] + (fragment ? '#' + fragment : '');
  }
}

/** Feedback next to the control that was used. */
function say(node, text) {
  node.textContent = text;
}

async function copy(text, feedback, done) {
  try {
    await navigator.clipboard.writeText(text);
    say(feedback, done);
  } catch {
    say(feedback, tr('copy_failed'));
  }
}

function copyLink(feedback) {
  const fragment = link();
  if (fragment === null) return say(feedback, tr('link_too_long'));
  copy(`${location.origin}${location.pathname}${location.search}#${fragment}`, feedback, tr('copied'));
}

function embedSnippet() {
  const base = new URL(root, location.href).href;
  const attr = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  const fragment = encodeScenario(S.tool, S.values, defaults(), {});
  return `<div data-influencer-calculator data-section="${S.tool.id}" data-lang="${S.lang}" data-currency="${S.currency}"` +
    (fragment ? ` data-scenario="${attr(fragment)}"` : '') + `></div>\n<script src="${attr(base)}embed.js" async></script>`;
}

function csvRows() {
  const ctx = context();
  const rows = [[tr('csv.metric'), tr('csv.low'), tr('csv.value'), tr('csv.high'), tr('csv.unit')]];
  if (!S.response?.ok) return rows;
  rows.push(...figureRows(ctx, S.tool.figures(ctx, S.response.result)));
  if (S.tool.table) {
    const t = S.tool.table(ctx, S.response.result);
    rows.push([], [t.corner ?? '', ...t.head], ...t.rows.map(([title, ...cells]) => [title, ...cells.map((c) => roundedCell(c))]));
  }
  return rows;
}

// A cell: a number to round as on screen ({value, kind, like}) or words.
const roundedCell = (c) => (c !== null && typeof c === 'object' ? rounded(c.value, c.kind, c.like) ?? c.text ?? '' : c ?? '');

function exportCsv() {
  downloadText(toCsv(csvRows(), S.lang), `${tr(`page.${S.tool.id}.file`)}.csv`, 'text/csv;charset=utf-8');
}

function exportJson() {
  const doc = { tool: S.tool.id, scenario: link() ?? '', lang: S.lang, currency: S.currency,
    request: S.request, response: S.response };
  downloadText(JSON.stringify(doc, null, 2), `${tr(`page.${S.tool.id}.file`)}.json`, 'application/json');
}

// --- Currency ----------------------------------------------------------------------------------

const moneyPaths = () => allFields().filter(({ field, text }) => field.money && String(text ?? '').trim());

function setCurrency(next, feedback) {
  const before = S.currency;
  S.currency = next;
  prefs.setItem('currency', next);
  buildForm();
  changed();
  if (!moneyPaths().length || before === next) return replace(feedback);
  // Typed amounts are kept and read in the new currency; the visitor may convert them at a rate.
  const rateId = 'currency-rate';
  const rate = el('input', { id: rateId, type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  replace(feedback, el('p', {}, tr('currency_kept', { from: before, to: next })),
    el('label', { for: rateId }, tr('currency_rate', { from: before, to: next })), rate,
    el('button', { type: 'button', onclick: () => {
      const r = readNumber(rate.value, S.lang);
      if (!r || r.error || !(r.value > 0)) return say(feedback.querySelector('p'), tr('currency_rate_bad'));
      for (const { path, field } of moneyPaths()) convertMoney(path, field, r.value);
      buildForm();
      changed();
      replace(feedback, el('p', {}, tr('currency_converted', { from: before, to: next })));
    } }, tr('currency_convert')));
}

function convertMoney(path, field, rate) {
  const parts = path.split('.');
  const holder = parts.length === 1 ? S.values : S.values[parts[0]][Number(parts[1])];
  const name = parts.at(-1);
  const read = readField(holder[name], S.lang, field.type);
  if (!read || read.error) return;
  const times = (v) => Math.round(v * rate * 100) / 100;
  holder[name] = inputText(typeof read.value === 'number' ? times(read.value) : { low: times(read.value.low), high: times(read.value.high) }, S.lang);
}

// --- Page chrome -----------------------------------------------------------------------------

function toolbar() {
  const linkFeedback = el('span', { class: 'feedback', role: 'status' });
  const embedFeedback = el('span', { class: 'feedback', role: 'status' });
  const currencyFeedback = el('div', { class: 'currency-note', role: 'status' });
  const snippet = el('textarea', { id: 'embed-snippet', readonly: true, rows: 3, hidden: true, 'aria-label': tr('embed_code') });
  return el('div', { class: 'toolbar' },
    el('div', { class: 'control' }, el('label', { for: 'currency' }, tr('currency')),
      el('select', { id: 'currency', onchange: (e) => setCurrency(e.target.value, currencyFeedback) },
        CURRENCIES.map((c) => el('option', { value: c, selected: c === S.currency }, c)))),
    currencyFeedback,
    el('div', { class: 'actions' },
      el('span', {}, el('button', { type: 'button', onclick: () => copyLink(linkFeedback) }, tr('share')), ' ', linkFeedback),
      el('button', { type: 'button', onclick: exportCsv }, tr('export_csv')),
      el('button', { type: 'button', onclick: exportJson }, tr('export_json')),
      el('button', { type: 'button', onclick: () => print() }, tr('print')),
      el('span', {}, el('button', { type: 'button', class: 'embed-code', onclick: () => {
        snippet.value = embedSnippet();
        snippet.hidden = false;
        copy(snippet.value, embedFeedback, tr('embed_copied'));
      } }, tr('embed_code')), ' ', embedFeedback)),
    snippet);
}

function render() {
  const app = document.getElementById('app');
  S.nodes.form = el('form');
  S.nodes.answer = el('div', { class: 'answer-box', 'aria-live': 'polite' });
  S.nodes.results = el('section', { class: 'results', 'aria-live': 'polite', 'aria-label': tr('results') });
  S.nodes.generalError = el('p', { class: 'section-error', role: 'alert' });
  replace(app, S.nodes.answer,
    el('div', { class: S.tool.stacked ? 'tool-grid stacked' : 'tool-grid' }, el('div', { class: 'inputs' }, S.nodes.form, S.nodes.generalError), S.nodes.results),
    embedded ? null : toolbar());
  buildForm();
}

function reportSize() {
  if (!embedded || parent === window) return;
  // The document's own height, not scrollHeight: scrollHeight never drops below the frame's
  // height, so a frame could grow but never shrink.
  const post = () => parent.postMessage({ type: 'influencer-calculator:size',
    height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

function notice(text) {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}

/** Values from a link, rewritten into this page's language. */
function fromLink(decoded) {
  const from = decoded.lang ?? S.lang;
  return convertValues(decoded.values, from, S.lang);
}

const linkContext = () => ({ tool: S.tool, defaults, toolIds: TOOLS.map((t) => t.id), langs: LANGS, currencies: CURRENCIES });

// A link pasted into an open tab: read it unless it is the fragment this page wrote itself.
function followLink() {
  if (location.hash.slice(1) === link()) return;
  const decoded = decodeScenario(location.hash, linkContext());
  if (!decoded) return notice(tr('bad_link'));
  if (!decoded.values) return; // an anchor
  S.values = fromLink(decoded);
  S.currency = decoded.currency ?? S.currency;
  S.touched.clear();
  notice('');
  render();
  changed();
}

// In-page links (the skip link) move focus, not just the scroll position.
function focusInPageLinks() {
  document.addEventListener('click', (e) => {
    const a = e.target.closest?.('a[href^="#"]');
    const target = a && document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
    if (!target) return;
    e.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView();
  });
}

function restore() {
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

async function start() {
  const toolId = document.body.dataset.tool;
  S.lang = LANGS.includes(document.documentElement.lang) ? document.documentElement.lang : LANGS[0];
  const tool = toolById(toolId);
  const core = tool && (await tool.load()).default;
  // This page's texts: its language, its tool (scripts/site.mjs cuts them from i18n/<lang>.js).
  S.texts = (await import(new URL(document.body.dataset.texts, document.baseURI).href)).default;
  S.tool = core;
  if (embedded) document.body.classList.add('embedded');
  focusInPageLinks();
  const restored = restore();
  S.values = restored.values;
  S.currency = CURRENCIES.includes(query.get('currency')) ? query.get('currency')
    : restored.currency ?? (CURRENCIES.includes(prefs.getItem('currency')) ? prefs.getItem('currency') : S.tool.currency ?? 'EUR');
  measured(render);
  reportSize();
  updateLanguageLink();
  addEventListener('hashchange', followLink);
  // A language link (before it navigates) and leaving the page save what is still waiting.
  const flushSave = () => { if (saveTimer) saveNow(); };
  document.addEventListener('click', (e) => { if (e.target.closest?.('a[data-switch-lang]')) flushSave(); }, true);
  addEventListener('pagehide', flushSave);
  bridge = createBridge(new URL('worker.js', import.meta.url), () => notice(tr('load_failed')));
  // A tool may read something from the core once before its first request (compare: tier bands).
  await S.tool.prepare?.((request) => bridge.run(request, { channel: 'prepare' }));
  changed();
}

start();
