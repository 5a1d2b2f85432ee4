// Showing an answer: errors beside their fields, the results, notes under fields, and the part
// that waits on a simulation with its progress.
import { el, replace } from './dom.js';
import { inputText } from './numbers.js';
import { answerLine, metrics, methodNote } from './render.js';
import { citations, context } from './context.js';
import { S, tr } from './state.js';
import { allFields, idOf } from './values.js';

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

export function errorMessage(error) {
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
export function showErrors(errors = lastErrors) {
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

export function show(request, response, local) {
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

export function showProgress(value) {
  if (!S.tool.running) return;
  let box = S.nodes.simulated;
  if (!box?.isConnected) S.nodes.results.append(box = S.nodes.simulated = el('div', { class: 'simulation', 'aria-live': 'polite' }));
  let bar = box.querySelector('progress');
  if (!bar) replace(box, el('p', {}, tr(S.tool.running)), bar = el('progress', { max: 1, value: 0, 'aria-label': tr(S.tool.running) }));
  bar.value = value;
}
