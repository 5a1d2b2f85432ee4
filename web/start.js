// Start-up: the page's tool, language, texts and scenario, its layout (form, results, toolbar), and
// the listeners for links followed in the open tab and for leaving the page.
import { el, replace } from './dom.js';
import { setCurrency } from './currency.js';
import { embedSnippet, reportSize } from './embed-snippet.js';
import { exportCsv, exportJson } from './export.js';
import { buildForm } from './form.js';
import { decodeScenario } from './scenario.js';
import { copy, copyLink, flushSave, fromLink, link, linkContext, restore, updateLanguageLink } from './share.js';
import { CURRENCIES, LANGS, toolById } from './site.js';
import { embedded, hooks, measured, notice, prefs, query, S, tr } from './state.js';

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
  hooks.changed();
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

/** Draws the page from its tool, language and scenario; resolves before the first request. */
export async function start() {
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
  document.addEventListener('click', (e) => { if (e.target.closest?.('a[data-switch-lang]')) flushSave(); }, true);
  addEventListener('pagehide', flushSave);
}
