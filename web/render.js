// Turning a result into what the visitor sees: figures, verdicts, range charts, and under each
// result its formula and sources. ctx: {lang, currency, tr(key, vars), sources: id → citation}.
import { bandChart, comparisonChart, downloadPng, downloadSvg, rangeBar } from './charts.js';
import { el } from './dom.js';
import { format } from './numbers.js';

const money = (ctx, unit) => (v) => format(v, 'money', ctx.lang, unit ?? ctx.currency);
const pct = (ctx) => (v) => format(v, 'pct', ctx.lang);
const count = (ctx) => (v) => format(v, 'int', ctx.lang);

function rangeText(ctx, range, fmt, openEnded) {
  const more = openEnded ? ' ' + ctx.tr('or_more') : '';
  if (range.low === range.high) return fmt(range.low) + more;
  return `${fmt(range.low)} – ${fmt(range.high)}${more}`;
}

function metric(label, text, { headline = false, note } = {}) {
  return el('div', { class: headline ? 'metric headline' : 'metric' }, el('dt', {}, label), el('dd', {}, text),
    note ? el('dd', { class: 'note' }, note) : null);
}

function metrics(...items) {
  return el('dl', { class: 'metrics' }, items.filter(Boolean));
}

function citation(ctx, id) {
  const s = ctx.sources[id];
  if (!s) return el('li', {}, id);
  const details = [s.year, s.sample ? `${ctx.tr('sample')}: ${s.sample}` : null].filter(Boolean).join('; ');
  return el('li', {}, `${s.publisher}, “${s.title}”${details ? ` (${details})` : ''}`);
}

/** The formula and the sources behind a result, one click away. */
function methodNote(ctx, result) {
  const ids = Array.isArray(result.sources) ? result.sources : [];
  return el('details', { class: 'method' },
    el('summary', {}, ctx.tr('formula')),
    el('code', {}, result.method.formula),
    ids.length ? [el('p', { class: 'sources-title' }, ctx.tr('sources')), el('ul', { class: 'sources' }, ids.map((id) => citation(ctx, id)))]
      : result.overridden ? el('p', {}, ctx.tr('own_used')) : null,
    el('p', {}, el('a', { href: 'methodology.html' + (ctx.lang === 'nl' ? '?lang=nl' : '') }, ctx.tr('methodology'))));
}

function chartBlock(ctx, chart, name) {
  return el('figure', { class: 'chart-block' }, chart,
    el('figcaption', { class: 'downloads' }, `${ctx.tr('chart')}: `,
      el('button', { type: 'button', class: 'link', onclick: () => downloadSvg(chart, name) }, ctx.tr('download_svg')), ' ',
      el('button', { type: 'button', class: 'link', onclick: () => downloadPng(chart, name) }, ctx.tr('download_png'))));
}

function engagement(ctx, r) {
  const rate = pct(ctx);
  const parts = [metrics(
    metric(ctx.tr('metric.rate_by_followers_pct'), rate(r.rate_by_followers_pct), { headline: true }),
    ...['rate_by_reach_pct', 'rate_by_impressions_pct', 'rate_by_views_pct'].filter((k) => k in r)
      .map((k) => metric(ctx.tr('metric.' + k), rate(r[k]))),
    metric(ctx.tr('metric.engagements_per_post'), format(r.engagements_per_post, 'num', ctx.lang)),
    metric(ctx.tr('metric.tier'), ctx.tr('tier.' + r.tier)))];
  if (r.verdict && r.benchmark) {
    parts.push(el('p', { class: `verdict ${r.verdict.rating}` }, el('strong', {}, ctx.tr('verdict.' + r.verdict.rating)), ' — ',
      ctx.tr('why.' + r.verdict.rating), ' ', `${ctx.tr('metric.benchmark')}: ${rangeText(ctx, r.benchmark, rate, r.benchmark.open_ended)}.`));
    parts.push(chartBlock(ctx, rangeBar({ range: r.benchmark, marker: r.rate_by_followers_pct, fmt: rate,
      markerLabel: `${ctx.tr('you')}: ${rate(r.rate_by_followers_pct)}`, title: ctx.tr('metric.benchmark') }), 'engagement-benchmark'));
  } else if (r.notes) {
    parts.push(el('p', { class: 'note' }, ctx.tr('no_benchmark')));
  }
  return parts;
}

function reach(ctx, r) {
  const n = count(ctx);
  return [metrics(
    metric(ctx.tr('metric.reach_total'), rangeText(ctx, r.reach_total, n), { headline: true }),
    metric(ctx.tr('metric.reach_per_post'), rangeText(ctx, r.reach_per_post, n)),
    metric(ctx.tr('metric.impressions'), rangeText(ctx, r.impressions, n)),
    metric(ctx.tr('metric.reach_rate_pct'), rangeText(ctx, r.reach_rate_pct, pct(ctx)))),
  chartBlock(ctx, rangeBar({ range: r.reach_total, fmt: n, title: ctx.tr('metric.reach_total') }), 'reach')];
}

function price(ctx, r) {
  const items = r.prices.map((p) => metric(`${ctx.tr('metric.price')} (${p.unit})`,
    rangeText(ctx, p, money(ctx, p.unit), p.open_ended), { headline: true }));
  for (const c of r.converted ?? []) {
    items.push(metric(`${ctx.tr('metric.price')} (${c.converted_from} → ${c.unit})`,
      rangeText(ctx, c, money(ctx, c.unit), c.open_ended), { note: ctx.tr('converted') }));
  }
  const charts = r.prices.map((p) => chartBlock(ctx, rangeBar({ range: p, fmt: money(ctx, p.unit),
    title: `${ctx.tr('metric.price')} (${p.unit})` }), 'price-' + p.unit.toLowerCase()));
  return [metrics(...items), ...charts];
}

const COST_METRICS = [['cpm', 'money'], ['cost', 'money'], ['impressions', 'int'], ['cpe', 'money'], ['cpc', 'money'],
  ['cpa', 'money'], ['cpv', 'money'], ['ctr_pct', 'pct'], ['cvr_pct', 'pct'], ['roi_pct', 'pct'], ['roas', 'num']];

function cost(ctx, r) {
  return [metrics(...COST_METRICS.filter(([k]) => k in r).map(([k, kind], i) =>
    metric(ctx.tr('metric.' + k), format(r[k], kind, ctx.lang, ctx.currency), { headline: i === 0 })))];
}

const COMPARE_ROWS = [['creators', 'int'], ['spend', 'money'], ['followers_total', 'int'], ['engagements', 'int', true],
  ['reach', 'int', true], ['cpe', 'money', true], ['cpm', 'money', true], ['unspent', 'money']];

function compare(ctx, r) {
  const rows = COMPARE_ROWS.filter(([k]) => r.options.some((o) => k in o));
  const cell = (o, [k, kind, ranked]) => {
    const best = ranked && r['best_by_' + k] === o.label;
    return el('td', { class: best ? 'best' : null }, format(o[k], kind, ctx.lang, ctx.currency),
      best ? el('span', { class: 'badge' }, ' ' + ctx.tr('best')) : null);
  };
  const table = el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': ctx.tr('panel.compare') },
    el('table', {},
      el('thead', {}, el('tr', {}, el('td', {}), r.options.map((o) => el('th', { scope: 'col' }, o.label)))),
      el('tbody', {}, rows.map((row) => el('tr', {}, el('th', { scope: 'row' }, ctx.tr('metric.' + row[0])),
        r.options.map((o) => cell(o, row)))))));
  const charted = ['engagements', 'reach', 'followers_total'].filter((k) => r.options.some((o) => o[k] > 0));
  const chart = comparisonChart({ title: ctx.tr('panel.compare'), rows: charted.map((k) => ({
    title: ctx.tr('metric.' + k),
    values: r.options.map((o) => ({ label: o.label, value: o[k] ?? 0, text: format(o[k] ?? 0, 'int', ctx.lang), best: r['best_by_' + k] === o.label })),
  })) });
  return [table, chartBlock(ctx, chart, 'micro-vs-macro')];
}

function goalFormat(ctx, goal) {
  return (v) => format(v, 'int', ctx.lang) + ' ' + ctx.tr('goal.' + goal);
}

function mixTable(ctx, r) {
  const plans = [[ctx.tr('plan.best'), r], ...(r.cautious ? [[ctx.tr('plan.cautious'), r.cautious]] : [])];
  const n = count(ctx);
  return el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': ctx.tr('plan.mix') },
    el('table', {},
      el('thead', {}, el('tr', {}, el('td', {}), plans.map(([title]) => el('th', { scope: 'col' }, title)))),
      el('tbody', {},
        r.mix.map((m, i) => el('tr', {}, el('th', { scope: 'row' }, m.label), plans.map(([, p]) => el('td', {}, n(p.mix[i].creators))))),
        el('tr', {}, el('th', { scope: 'row' }, ctx.tr('metric.spend')), plans.map(([, p]) => el('td', {}, money(ctx)(p.spend)))),
        el('tr', {}, el('th', { scope: 'row' }, ctx.tr('goal.' + r.goal)), plans.map(([, p]) => el('td', {}, n(p.value)))),
        r.value_p10 !== undefined ? el('tr', {}, el('th', { scope: 'row' }, ctx.tr('plan.p10')),
          plans.map(([, p]) => el('td', {}, n(p === r ? r.value_p10 : p.value_p10)))) : null)));
}

function plan(ctx, r) {
  const fmt = goalFormat(ctx, r.goal);
  const extra = [`${ctx.tr('plan.budget_plus_1')}: +${fmt(r.marginal.budget_plus_1)}.`];
  if ('max_creators_total_plus_1' in r.marginal) extra.push(`${ctx.tr('plan.creator_plus_1')}: +${fmt(r.marginal.max_creators_total_plus_1)}.`);
  if (!r.exact) extra.push(ctx.tr('plan.not_exact'));
  return [mixTable(ctx, r),
    el('p', { class: 'note' }, extra.join(' ')),
    r.alternatives.length ? el('details', { class: 'alternatives' }, el('summary', {}, ctx.tr('plan.alternatives')),
      el('ol', {}, r.alternatives.map((a) => el('li', {}, a.mix.filter((m) => m.creators > 0).map((m) => `${m.creators} × ${m.label}`).join(' + ') +
        ` — ${money(ctx)(a.spend)}, ${fmt(a.value)}`)))) : null,
    el('div', { class: 'simulation', 'aria-live': 'polite' })];
}

/** The simulation of "the whole budget on one profile", drawn as bands, with P(best). */
export function renderSimulation(ctx, r, goal) {
  const n = count(ctx);
  const metric = goal;
  const p = r.probability_best[metric] ?? {};
  const winner = Object.entries(p).sort((a, b) => b[1] - a[1])[0]?.[0];
  const rows = r.options.filter((o) => o[metric]).map((o) => ({ label: o.label, ...o[metric], best: o.label === winner }));
  const chance = Object.entries(p).map(([label, v]) => `${label} ${format(v * 100, 'pct', ctx.lang)}`).join(', ');
  return [el('h4', {}, ctx.tr('plan.simulation', { trials: n(r.trials) })),
    el('p', {}, `${ctx.tr('plan.probability', { goal: ctx.tr('goal.' + goal) })}: ${chance}.`),
    rows.length ? chartBlock(ctx, bandChart({ rows, fmt: n, title: ctx.tr('plan.bands') }), 'plan-bands') : null,
    el('p', { class: 'note' }, ctx.tr('plan.bands_note'))];
}

const FUNNEL = [['impressions', 'int'], ['clicks', 'int'], ['conversions', 'num'], ['revenue', 'money'], ['cpm', 'money'],
  ['cpc', 'money'], ['cpa', 'money'], ['roas', 'num'], ['roi_pct', 'pct'], ['break_even_conversions', 'num'], ['break_even_cvr_pct', 'pct']];

function funnel(ctx, r) {
  const items = FUNNEL.filter(([k]) => r[k]).map(([k, kind]) =>
    metric(ctx.tr('metric.' + k), rangeText(ctx, r[k], (v) => format(v, kind, ctx.lang, ctx.currency)), { headline: k === 'roi_pct' }));
  return [metrics(...items), r.roi_pct ? chartBlock(ctx, rangeBar({ range: r.roi_pct, fmt: pct(ctx), title: ctx.tr('metric.roi_pct') }), 'roi') : null];
}

function overlap(ctx, r) {
  const n = count(ctx);
  return [metrics(
    metric(ctx.tr('metric.unique_reach'), n(r.unique_reach), { headline: true }),
    metric(ctx.tr('metric.total_reach'), n(r.total_reach)),
    metric(ctx.tr('metric.duplicated_reach'), n(r.duplicated_reach)),
    metric(ctx.tr('metric.average_frequency'), format(r.average_frequency, 'num', ctx.lang)),
    r.unique_reach_bounds ? metric(ctx.tr('metric.unique_reach_bounds'), rangeText(ctx, r.unique_reach_bounds, n)) : null)];
}

const RENDERERS = { engagement, reach, cost, price, compare, plan, funnel, overlap };

/** The nodes showing a panel's result, ending with its formula and sources. */
export function renderResult(ctx, panelId, result) {
  return [...RENDERERS[panelId](ctx, result), methodNote(ctx, result)];
}

/** Rows for the CSV export: [panel, metric, low, typical, high, unit]. */
export function exportRows(panelId, result) {
  const rows = [];
  const walk = (value, path) => {
    if (typeof value === 'number') rows.push([panelId, path, '', value, '', '']);
    else if (value && typeof value === 'object' && 'low' in value && 'high' in value && typeof value.low === 'number') {
      rows.push([panelId, path, value.low, value.typical ?? '', value.high, value.unit ?? '']);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${v?.label ?? v?.unit ?? i}`));
    else if (value && typeof value === 'object' && path !== 'method') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    } else if (typeof value === 'string' && path && !/sources|records/.test(path)) rows.push([panelId, path, '', value, '', '']);
  };
  walk(result, '');
  return rows;
}
