// The page: builds each section from sections.js, sends every change to the estimator, and shows
// results or field errors. State is the scenario (the raw text of every input), kept in the URL.
// With ?embed=1&section=S it shows one section and tells the embedding page its height.
import { createEstimator } from './estimator.js';
import { el } from './dom.js';
import { errorMessage, LANGS, t } from './i18n.js';
import { format, parseInput, parseRange } from './numbers.js';
import { exportRows, renderResult, renderSimulation } from './render.js';
import { decodeScenario, encodeScenario } from './scenario.js';
import { CURRENCIES, defaultScenario, GROUPS, PANELS } from './sections.js';
import { downloadText } from './charts.js';
import { registerServiceWorker } from './sw-register.js';

const query = new URLSearchParams(location.search);
const embedded = query.get('embed') === '1';
const shownGroups = embedded ? GROUPS.filter((g) => g.id === query.get('section')).slice(0, 1) : GROUPS;
const store = safeStorage();

const state = { lang: 'en', currency: 'EUR', scenario: defaultScenario(), responses: {} };
let estimator = null;
let sources = {};

function safeStorage() {
  try {
    localStorage.getItem('x');
    return localStorage;
  } catch {
    return { getItem: () => null, setItem: () => {} }; // storage blocked (e.g. a sandboxed embed)
  }
}

function pick(list, ...candidates) {
  for (const c of candidates) {
    const v = String(c ?? '');
    const found = list.find((x) => x.toLowerCase() === v.toLowerCase() || x === v.slice(0, 2).toLowerCase());
    if (found) return found;
  }
  return list[0];
}

const tr = (key, vars) => t(state.lang, key, vars);

// --- Forms ----------------------------------------------------------------------------------

function fieldLabel(name) {
  return tr('field.' + name, { currency: state.currency });
}

function control(panelId, path, field, value, onChange) {
  const id = `${panelId}-${path.replaceAll('.', '-')}`;
  const name = path.split('.').pop();
  const common = { id, name: path, 'aria-describedby': id + '-error', oninput: (e) => onChange(e.target.value) };
  const input = field.type === 'select'
    ? el('select', common, field.options.map((o) => el('option', { value: o, selected: o === value }, tr(`${name}.${o}`))))
    : el('input', { ...common, value, type: 'text', autocomplete: 'off', spellcheck: 'false',
      inputmode: field.type === 'text' ? 'text' : 'decimal' });
  const hint = field.override ? tr('own_figure') : field.optional ? tr('optional') : null;
  return el('div', { class: field.override || field.name.startsWith('rate_') ? 'field wide' : 'field' },
    el('label', { for: id }, fieldLabel(field.label ?? name), hint ? el('span', { class: 'optional' }, ` (${hint})`) : null),
    input,
    el('p', { class: 'field-error', id: id + '-error', 'aria-live': 'polite' }));
}

function optionGroup(panelId, list, items, index) {
  return el('fieldset', { class: 'option' },
    el('legend', {}, `${tr('option')} ${index + 1}`),
    list.fields.map((f) => control(panelId, `${list.name}.${index}.${f.name}`, f, items[index][f.name] ?? '',
      (v) => { items[index][f.name] = v; update(panelId); })),
    items.length > 1 ? el('button', { type: 'button', class: 'remove', onclick: () => {
      items.splice(index, 1);
      rebuild(panelId);
    } }, tr('remove_option', { n: index + 1 })) : null);
}

function buildPanel(panelId) {
  const panel = PANELS[panelId];
  const values = state.scenario[panelId];
  const form = el('form', { novalidate: true, onsubmit: (e) => e.preventDefault() },
    panel.fields.filter((f) => f.hideFor !== state.currency)
      .map((f) => control(panelId, f.name, f, values[f.name], (v) => { values[f.name] = v; update(panelId); })));
  if (panel.list) {
    const items = values[panel.list.name];
    form.append(el('div', { class: 'options' }, items.map((_, i) => optionGroup(panelId, panel.list, items, i))));
    if (items.length < panel.list.max) {
      form.append(el('button', { type: 'button', class: 'add', onclick: () => {
        items.push({ ...panel.list.blank });
        rebuild(panelId);
        document.getElementById(`${panelId}-${panel.list.name}-${items.length - 1}-label`)?.focus();
      } }, tr('add_option')));
    }
  }
  return el('article', { class: 'panel', id: 'panel-' + panelId, 'aria-labelledby': `panel-${panelId}-title` },
    el('h3', { id: `panel-${panelId}-title` }, tr('panel.' + panelId)),
    el('p', { class: 'intro' }, tr('intro.' + panelId)),
    form,
    el('p', { class: 'section-error', role: 'alert' }),
    el('div', { class: 'results', 'aria-live': 'polite' }));
}

function buildGroup(group) {
  return el('section', { id: group.id, class: 'group', 'aria-labelledby': group.id + '-title' },
    el('div', { class: 'group-head' },
      el('h2', { id: group.id + '-title' }, tr('group.' + group.id)),
      embedded ? null : el('button', { type: 'button', class: 'link embed-code', onclick: () => copyEmbed(group.id) }, tr('embed_code'))),
    group.panels.map(buildPanel));
}

function rebuild(panelId) {
  document.getElementById('panel-' + panelId).replaceWith(buildPanel(panelId));
  update(panelId);
}

// --- Computing and showing ----------------------------------------------------------------

// "40k; 25k; 60k" (or one per line) → [40000, 25000, 60000]; what is not a number stays text.
function parseList(raw) {
  const items = String(raw ?? '').split(/[;\n]+/).map((x) => x.trim()).filter(Boolean);
  return items.length ? items.map((x) => parseInput(x, state.lang)) : undefined;
}

function readFields(fields, from, into) {
  for (const f of fields) {
    if (f.request === false) continue;
    const raw = from[f.name];
    const v = f.type === 'select' ? raw
      : f.type === 'text' ? raw?.trim() || undefined
        : f.type === 'range' ? parseRange(raw, state.lang)
          : f.type === 'list' ? parseList(raw) : parseInput(raw, state.lang);
    if (v !== undefined) into[f.name] = v;
  }
  return into;
}

function requestFor(panelId) {
  const panel = PANELS[panelId];
  const values = state.scenario[panelId];
  const request = readFields(panel.fields, values, { kind: panel.kind });
  if (panel.list) request[panel.list.name] = values[panel.list.name].map((item) => readFields(panel.list.fields, item, {}));
  if (panelId === 'overlap') {
    const pct = parseInput(values.overlap_pct, state.lang);
    const n = Array.isArray(request.reaches) ? request.reaches.length : 0;
    if (pct !== undefined) {  // the same share for every pair, instead of a universe
      delete request.universe;
      request.overlaps_pct = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : pct)));
    }
  }
  if (panelId === 'price') {
    request.currency = state.currency;
    const rates = {};
    for (const [code, name] of [['USD', 'rate_usd'], ['EUR', 'rate_eur']]) {
      const v = code === state.currency ? undefined : parseInput(values[name], state.lang);
      if (v !== undefined) rates[code] = v;
    }
    if (Object.keys(rates).length) request.exchange_rates = rates;
  }
  return request;
}

function inputFor(node, field) {
  const name = field.replace(/^exchange_rates\.(\w+)$/, (_, c) => 'rate_' + c.toLowerCase())
    .replace(/^reaches\.\d+$/, 'reaches').replace(/^overlaps_pct.*/, 'overlap_pct');
  return node.querySelector(`[name="${CSS.escape(name)}"]`);
}

function showErrors(node, errors) {
  for (const p of node.querySelectorAll('.field-error')) p.textContent = '';
  for (const i of node.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
  const general = [];
  for (const error of errors) {
    const input = inputFor(node, error.field);
    if (!input) { general.push(errorMessage(state.lang, error)); continue; }
    input.setAttribute('aria-invalid', 'true');
    const p = document.getElementById(input.getAttribute('aria-describedby'));
    p.textContent = (p.textContent ? p.textContent + ' ' : '') + errorMessage(state.lang, error);
  }
  node.querySelector('.section-error').textContent = general.join(' ');
}

// Override inputs show the published figure they would replace.
function showPublished(node, panelId, result) {
  const range = { engagement: result.benchmark, reach: result.reach_rate_pct }[panelId];
  const name = { engagement: 'benchmark_rate_pct', reach: 'reach_rate_pct' }[panelId];
  const input = name && node.querySelector(`[name="${name}"]`);
  if (input && range && !result.overridden) {
    input.placeholder = tr('published', { range: `${format(range.low, 'num', state.lang)}–${format(range.high, 'num', state.lang)}` });
  }
}

let planRequests = 0;
let simulationTimer = 0;

function update(panelId) {
  const node = document.getElementById('panel-' + panelId);
  if (!node) return;
  saveToUrl();
  if (!estimator) return;
  const request = requestFor(panelId);
  if (panelId !== 'plan') {
    show(panelId, node, request, estimator.evaluate(request));
    return;
  }
  // The optimiser can take a while on large plans: it runs in the worker, the newest request wins.
  const mine = ++planRequests;
  clearTimeout(simulationTimer);
  inWorker(request, () => {}).then((response) => {
    if (mine === planRequests && node.isConnected) show(panelId, node, request, response);
  });
}

function show(panelId, node, request, response) {
  state.responses[panelId] = { request, response };
  const results = node.querySelector('.results');
  if (!response.ok) {
    showErrors(node, response.errors);
    results.classList.add('stale');
    return;
  }
  showErrors(node, []);
  results.classList.remove('stale');
  const ctx = { lang: state.lang, currency: state.currency, tr, sources };
  results.replaceChildren(...renderResult(ctx, panelId, response.result));
  showPublished(node, panelId, response.result);
  if (panelId === 'plan') simulatePlan(request, ctx, node.querySelector('.simulation'));
}

// --- Long simulations, in a worker ------------------------------------------------------------

let worker = null;
let jobId = 0;
const jobs = new Map(); // id → {onProgress, resolve}

function inWorker(request, onProgress) {
  if (!worker) {
    worker = new Worker(new URL('worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }) => {
      const job = jobs.get(data.id);
      if (!job) return;
      if (data.answer) {
        jobs.delete(data.id);
        job.resolve(data.answer);
      } else job.onProgress(data.progress);
    };
  }
  for (const id of jobs.keys()) worker.postMessage({ cancel: id }); // only the newest matters
  jobs.clear();
  const id = ++jobId;
  return new Promise((resolve) => {
    jobs.set(id, { onProgress, resolve });
    worker.postMessage({ id, request });
  });
}

// The plan's profiles, each with the whole budget: bands and the chance each is best.
function simulatePlan(plan, ctx, box) {
  clearTimeout(simulationTimer);
  const bar = el('progress', { max: 1, value: 0, 'aria-label': tr('plan.running') });
  box.replaceChildren(el('p', {}, tr('plan.running')), bar);
  const trials = parseInput(state.scenario.plan.trials, state.lang);
  const request = { kind: 'simulate', budget: plan.budget, trials, seed: 1, ctr_pct: plan.ctr_pct, cvr_pct: plan.cvr_pct,
    aov: plan.aov, options: plan.profiles.map(({ max_creators, ...profile }) => profile) };
  simulationTimer = setTimeout(async () => {
    const answer = await inWorker(request, (p) => { bar.value = p; });
    if (!box.isConnected) return;
    if (!answer.ok) {
      box.replaceChildren(el('p', { class: 'section-error' }, answer.errors.map((e) => errorMessage(state.lang, e)).join(' ')));
      return;
    }
    box.replaceChildren(...renderSimulation(ctx, answer.result, plan.goal));
    state.responses.simulate = { request, response: answer };
  }, 200);
}

const shownPanels = () => shownGroups.flatMap((g) => g.panels);

// --- Sharing, exporting, embedding -----------------------------------------------------------

let urlTimer = 0;
function saveToUrl() {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => {
    const fragment = encodeScenario(state.scenario, { lang: state.lang, currency: state.currency });
    history.replaceState(null, '', `${location.pathname}${location.search}#${fragment}`);
  }, 150);
}

function say(text) {
  document.getElementById('status').textContent = text;
}

async function copy(text, done) {
  try {
    await navigator.clipboard.writeText(text);
    say(done);
  } catch {
    say(tr('copy_failed'));
  }
}

function copyLink() {
  const fragment = encodeScenario(state.scenario, { lang: state.lang, currency: state.currency });
  copy(`${location.origin}${location.pathname}#${fragment}`, tr('copied'));
}

function embedSnippet(groupId) {
  const panels = GROUPS.find((g) => g.id === groupId).panels;
  const only = new URLSearchParams([...new URLSearchParams(encodeScenario(state.scenario))]
    .filter(([k]) => panels.includes(k.split('.')[0])));
  const base = new URL('.', location.href).href;
  const attr = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return `<div data-influencer-calculator data-section="${groupId}" data-lang="${state.lang}" data-currency="${state.currency}"` +
    (only.toString() ? ` data-scenario="${attr(only.toString())}"` : '') + `></div>\n<script src="${attr(base)}embed.js" async></script>`;
}

function copyEmbed(groupId) {
  const snippet = embedSnippet(groupId);
  const box = document.getElementById('embed-snippet');
  box.value = snippet;
  box.hidden = false;
  copy(snippet, tr('embed_copied'));
}

function exportJson() {
  const panels = Object.fromEntries([...shownPanels(), 'simulate'].map((id) => [id, state.responses[id]]).filter(([, v]) => v));
  const doc = { scenario: encodeScenario(state.scenario), lang: state.lang, currency: state.currency, panels };
  downloadText(JSON.stringify(doc, null, 2), 'influencer-estimate.json', 'application/json');
}

function exportCsv() {
  // Text that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.
  const quote = (v) => {
    const text = typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : String(v);
    return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const rows = [['section', 'metric', 'low', 'value', 'high', 'unit']];
  for (const id of [...shownPanels(), 'simulate']) {
    const r = state.responses[id]?.response;
    if (r?.ok) rows.push(...exportRows(id, r.result));
  }
  downloadText(rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n', 'influencer-estimate.csv', 'text/csv');
}

// --- Page chrome ----------------------------------------------------------------------------

function choose(id, label, options, current, onChange) {
  return el('div', { class: 'control' }, el('label', { for: id }, label),
    el('select', { id, onchange: (e) => onChange(e.target.value) },
      options.map(([v, text]) => el('option', { value: v, selected: v === current }, text))));
}

function toolbar() {
  return el('div', { class: 'toolbar' },
    choose('lang', tr('language'), [['en', 'English'], ['nl', 'Nederlands']], state.lang, (v) => {
      state.lang = v;
      store.setItem('lang', v);
      render();
    }),
    choose('currency', tr('currency'), CURRENCIES.map((c) => [c, c]), state.currency, (v) => {
      state.currency = v;
      store.setItem('currency', v);
      render();
    }),
    el('div', { class: 'actions' },
      el('button', { type: 'button', onclick: copyLink }, tr('share')),
      el('button', { type: 'button', onclick: exportCsv }, tr('export_csv')),
      el('button', { type: 'button', onclick: exportJson }, tr('export_json')),
      el('button', { type: 'button', onclick: () => print() }, tr('print'))));
}

function render() {
  document.documentElement.lang = state.lang;
  document.title = tr('title');
  document.getElementById('title').textContent = tr('title');
  document.getElementById('tagline').textContent = tr('tagline');
  document.getElementById('skip').textContent = tr('skip');
  document.getElementById('footer-text').textContent = tr('footer');
  document.getElementById('controls').replaceChildren(toolbar());
  document.getElementById('nav').replaceChildren(...GROUPS.map((g) => el('a', { href: '#' + g.id, onclick: (e) => {
    e.preventDefault();
    document.getElementById(g.id)?.scrollIntoView();
  } }, tr('group.' + g.id))));
  document.getElementById('main').replaceChildren(...shownGroups.map(buildGroup));
  shownPanels().forEach(update);
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

// A link pasted into an open tab: read it unless it is the fragment this page wrote itself.
function followLink() {
  const own = encodeScenario(state.scenario, { lang: state.lang, currency: state.currency });
  if (location.hash.slice(1) === own) return;
  const link = decodeScenario(location.hash);
  if (!link) return say(tr('bad_link'));
  state.scenario = link.scenario;
  state.lang = link.lang ?? state.lang;
  state.currency = link.currency ?? state.currency;
  say('');
  render();
}

function start() {
  const fromLink = decodeScenario(location.hash);
  if (!fromLink) say(t(pick(LANGS, query.get('lang'), store.getItem('lang'), ...(navigator.languages ?? [])), 'bad_link'));
  state.scenario = fromLink?.scenario ?? defaultScenario();
  state.lang = pick(LANGS, query.get('lang'), fromLink?.lang, store.getItem('lang'), ...(navigator.languages ?? [navigator.language]), 'en');
  state.currency = pick(CURRENCIES, query.get('currency'), fromLink?.currency, store.getItem('currency'), 'EUR');
  if (embedded) document.body.classList.add('embedded');
  render();
  reportSize();
  document.getElementById('main').setAttribute('aria-busy', 'true');
  createEstimator().then((e) => {
    estimator = e;
    const data = e.evaluate({ kind: 'benchmarks' });
    if (data.ok) sources = data.result.sources;
    document.getElementById('main').removeAttribute('aria-busy');
    shownPanels().forEach(update);
    registerServiceWorker(); // after the first result: offline copy without slowing the first visit
  }, () => say(tr('load_failed')));
  addEventListener('hashchange', followLink);
}

start();
