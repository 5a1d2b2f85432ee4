// The page: builds each section's form from sections.js, sends every change to the estimator,
// and shows results or field errors. The scenario (the raw text of every input) is the state.
import { createEstimator } from './estimator.js';
import { el } from './dom.js';
import { errorMessage, LANGS, t } from './i18n.js';
import { format, parseInput } from './numbers.js';
import { defaultScenario, SECTIONS } from './sections.js';

const CURRENCIES = ['EUR', 'USD', 'GBP'];
const state = {
  lang: pickLanguage(),
  currency: localStorage.getItem('currency') ?? 'EUR',
  scenario: defaultScenario(),
};
let estimator = null;
const main = document.getElementById('main');

function pickLanguage() {
  const wanted = [new URLSearchParams(location.search).get('lang'), localStorage.getItem('lang'),
    ...(navigator.languages ?? [navigator.language])];
  for (const lang of wanted) {
    const short = String(lang ?? '').slice(0, 2).toLowerCase();
    if (LANGS.includes(short)) return short;
  }
  return 'en';
}

const tr = (key, vars) => t(state.lang, key, vars);

// --- Building the forms --------------------------------------------------------------------

function input(section, path, field, value, onChange) {
  const id = `${section.id}-${path.replaceAll('.', '-')}`;
  const name = path.split('.').pop();
  return el('div', { class: 'field' },
    el('label', { for: id }, tr('field.' + name), field.optional ? el('span', { class: 'optional' }, ` (${tr('optional')})`) : null),
    el('input', {
      id, name: path, value, type: 'text', autocomplete: 'off', spellcheck: 'false',
      inputmode: field.text ? 'text' : 'decimal', 'aria-describedby': id + '-error',
      oninput: (e) => onChange(e.target.value),
    }),
    el('p', { class: 'field-error', id: id + '-error', 'aria-live': 'polite' }));
}

function optionGroup(section, values, index) {
  const list = section.list;
  const items = values[list.name];
  return el('fieldset', { class: 'option' },
    el('legend', {}, `${tr('option')} ${index + 1}`),
    list.fields.map((f) => input(section, `${list.name}.${index}.${f.name}`, f, items[index][f.name] ?? '',
      (v) => { items[index][f.name] = v; update(section); })),
    items.length > 1 ? el('button', { type: 'button', class: 'remove', onclick: () => {
      items.splice(index, 1);
      rebuild(section);
    } }, tr('remove_option')) : null);
}

function buildSection(section) {
  const values = state.scenario[section.id];
  const form = el('form', { novalidate: true, onsubmit: (e) => e.preventDefault() },
    section.fields.map((f) => input(section, f.name, f, values[f.name], (v) => { values[f.name] = v; update(section); })));
  if (section.list) {
    const items = values[section.list.name];
    form.append(el('div', { class: 'options' }, items.map((_, i) => optionGroup(section, values, i))));
    if (items.length < section.list.max) {
      form.append(el('button', { type: 'button', class: 'add', onclick: () => {
        items.push({ ...section.list.blank });
        rebuild(section);
      } }, tr('add_option')));
    }
  }
  return el('section', { id: section.id, class: 'calc', 'aria-labelledby': section.id + '-title' },
    el('h2', { id: section.id + '-title' }, tr('section.' + section.id)),
    el('p', { class: 'intro' }, tr('intro.' + section.id)),
    form,
    el('div', { class: 'results', 'aria-live': 'polite' }),
    el('p', { class: 'section-error', role: 'alert' }));
}

function rebuild(section) {
  document.getElementById(section.id).replaceWith(buildSection(section));
  update(section);
}

// --- Computing and showing ----------------------------------------------------------------

function requestFor(section) {
  const values = state.scenario[section.id];
  const request = { kind: section.kind };
  const read = (fields, from, into) => {
    for (const f of fields) {
      const v = f.text ? from[f.name]?.trim() || undefined : parseInput(from[f.name], state.lang);
      if (v !== undefined) into[f.name] = v;
    }
    return into;
  };
  read(section.fields, values, request);
  if (section.list) request[section.list.name] = values[section.list.name].map((item) => read(section.list.fields, item, {}));
  return request;
}

function showErrors(node, errors) {
  for (const p of node.querySelectorAll('.field-error')) p.textContent = '';
  for (const i of node.querySelectorAll('input')) i.removeAttribute('aria-invalid');
  const general = [];
  for (const error of errors) {
    const field = node.querySelector(`input[name="${CSS.escape(error.field)}"]`);
    if (!field) { general.push(errorMessage(state.lang, error)); continue; }
    field.setAttribute('aria-invalid', 'true');
    const p = document.getElementById(field.getAttribute('aria-describedby'));
    p.textContent = (p.textContent ? p.textContent + ' ' : '') + errorMessage(state.lang, error);
  }
  node.querySelector('.section-error').textContent = general.join(' ');
}

function value(result, metric) {
  const v = result[metric.key];
  if (metric.format === 'tier') return typeof v === 'string' ? tr('tier.' + v) : '—';
  return format(v, metric.format, state.lang, state.currency);
}

function methodNote(method) {
  return el('details', { class: 'method' }, el('summary', {}, tr('formula')), el('code', {}, method.formula));
}

function renderMetrics(section, result) {
  const rows = section.results.filter((m) => result[m.key] !== undefined);
  return [el('dl', { class: 'metrics' }, rows.map((m) => el('div', { class: m.headline ? 'metric headline' : 'metric' },
    el('dt', {}, tr('metric.' + m.key)), el('dd', {}, value(result, m))))), methodNote(result.method)];
}

function renderCompare(section, result) {
  const head = el('tr', {}, el('th', { scope: 'col' }, ''), result.options.map((o) => el('th', { scope: 'col' }, o.label)));
  const rows = section.results.filter((m) => result.options.some((o) => o[m.key] !== undefined)).map((m) =>
    el('tr', {}, el('th', { scope: 'row' }, tr('metric.' + m.key)), result.options.map((o) => {
      const best = m.best && result.best?.[m.best] === o.label;
      return el('td', { class: best ? 'best' : null }, value(o, m), best ? el('span', { class: 'badge' }, ' ' + tr('best')) : null);
    })));
  return [el('div', { class: 'table-wrap' }, el('table', {}, el('thead', {}, head), el('tbody', {}, rows))), methodNote(result.method)];
}

function update(section) {
  const node = document.getElementById(section.id);
  if (!estimator || !node) return;
  const response = estimator.evaluate(requestFor(section));
  const results = node.querySelector('.results');
  if (!response.ok) {
    showErrors(node, response.errors);
    results.classList.add('stale');
    return;
  }
  showErrors(node, []);
  results.classList.remove('stale');
  results.replaceChildren(...(section.list ? renderCompare(section, response.result) : renderMetrics(section, response.result)));
}

// --- Page chrome ----------------------------------------------------------------------------

function buildControls() {
  const choose = (id, label, options, current, onChange) => el('div', { class: 'control' },
    el('label', { for: id }, label),
    el('select', { id, onchange: (e) => onChange(e.target.value) },
      options.map(([v, text]) => el('option', { value: v, selected: v === current }, text))));
  return el('div', { class: 'controls' },
    choose('lang', tr('language'), [['en', 'English'], ['nl', 'Nederlands']], state.lang, (v) => {
      state.lang = v;
      localStorage.setItem('lang', v);
      render();
    }),
    choose('currency', tr('currency'), CURRENCIES.map((c) => [c, c]), state.currency, (v) => {
      state.currency = v;
      localStorage.setItem('currency', v);
      render();
    }));
}

function render() {
  document.documentElement.lang = state.lang;
  document.title = tr('title');
  document.getElementById('title').textContent = tr('title');
  document.getElementById('tagline').textContent = tr('tagline');
  document.getElementById('controls').replaceChildren(buildControls());
  main.replaceChildren(...SECTIONS.map(buildSection));
  SECTIONS.forEach(update);
}

render();
main.setAttribute('aria-busy', 'true');
createEstimator().then((e) => {
  estimator = e;
  main.removeAttribute('aria-busy');
  SECTIONS.forEach(update);
}, () => {
  document.getElementById('status').textContent = tr('load_failed');
});
