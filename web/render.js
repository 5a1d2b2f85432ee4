// What every tool's result is made of: figures (one list feeds the screen and the CSV, so both
// round alike), ranges with one dash, charts with their downloads, and under each result its
// formula and sources. ctx: {lang, currency, tr(key, vars), citations(): Promise<id → citation>}.
import { downloadPng, downloadSvg } from './charts.js';
import { el } from './dom.js';
import { format, rounded, smallest } from './numbers.js';

/** The one dash between the ends of a range, on screen, in charts and in CSV. */
export const RANGE_DASH = ' – ';

export const formatter = (ctx, kind, unit, like) => (v) => format(v, kind, ctx.lang, unit ?? ctx.currency, { like });

const ends = (value) => (typeof value === 'number' ? [value] : [value.low, value.high]);

export function rangeText(ctx, range, fmt, openEnded) {
  const more = openEnded ? ' ' + ctx.tr('or_more') : '';
  if (typeof range === 'number') return fmt(range) + more;
  if (range.low === range.high) return fmt(range.low) + more;
  return `${fmt(range.low)}${RANGE_DASH}${fmt(range.high)}${more}`;
}

/**
 * A figure: {key, label?, kind (num, int, pct, money), value: number or {low, typical?, high},
 * unit?, headline?, note?, openEnded?}. Built once per result by the tool; shown by metrics(),
 * written by figureRows().
 */
export function metrics(ctx, figures) {
  return el('dl', { class: 'metrics' }, figures.filter((f) => f && f.screen !== false).map((f) => el('div', { class: f.headline ? 'metric headline' : 'metric' },
    el('dt', {}, f.label ?? ctx.tr('metric.' + f.key)),
    el('dd', {}, figureText(ctx, f)),
    f.note ? el('dd', { class: 'note' }, f.note) : null)));
}

/** A figure as the screen shows it: a number, a range, or words ({text}). */
export function figureText(ctx, f) {
  return f.text ?? rangeText(ctx, f.value, formatter(ctx, f.kind, f.unit, smallest(ends(f.value))), f.openEnded);
}

/** CSV rows [label, low, value, high, unit] of figures, rounded as on screen. */
export function figureRows(ctx, figures) {
  return figures.filter(Boolean).map((f) => {
    const unit = f.kind === 'money' ? f.unit ?? ctx.currency : f.kind === 'pct' ? '%' : '';
    const label = f.label ?? ctx.tr('metric.' + f.key);
    const r = (v) => rounded(v, f.kind, smallest(ends(f.value)));
    if (f.text !== undefined) return [label, '', f.text, '', ''];
    return typeof f.value === 'number' ? [label, '', r(f.value), '', unit]
      : [label, r(f.value.low), f.value.typical === undefined ? '' : r(f.value.typical), r(f.value.high), unit];
  });
}

/** The figure the visitor asked for, in one sentence at the top of the tool (and first on a phone). */
export function answerLine(ctx, figure) {
  if (!figure) return null;
  return el('p', { class: 'answer' }, el('span', {}, (figure.label ?? ctx.tr('metric.' + figure.key)) + ': '),
    el('strong', {}, figureText(ctx, figure)));
}

function citation(ctx, all, id) {
  const s = all[id];
  if (!s) return el('li', {}, id);
  // The year (or "undated"), the source's grade, its sample; flagged when older than five years.
  const year = s.year !== undefined ? String(s.year) : ctx.tr('undated');
  const old = s.year !== undefined && new Date().getFullYear() - s.year > 5;
  const details = [year, s.kind ? ctx.tr('grade.' + s.kind) : null, s.sample ? `${ctx.tr('sample')}: ${s.sample}` : null].filter(Boolean).join('; ');
  return el('li', {}, `${s.publisher}, “${s.title}” (${details})${old ? ` — ${ctx.tr('old_figure')}` : ''}`);
}

/** The formula and the sources behind a result, one click away; citations load when opened. */
export function methodNote(ctx, result) {
  const ids = Array.isArray(result.sources) ? result.sources : [];
  const list = el('ul', { class: 'sources' });
  const box = el('details', { class: 'method', ontoggle: () => {
    if (!box.open || list.dataset.loaded) return;
    list.dataset.loaded = '1';
    ctx.citations().then((all) => list.replaceChildren(...ids.map((id) => citation(ctx, all, id))),
      () => list.replaceChildren(...ids.map((id) => el('li', {}, id))));
  } },
  el('summary', {}, ctx.tr('formula')),
  el('code', {}, result.method.formula),
  ids.length ? [el('p', { class: 'sources-title' }, ctx.tr('sources')), list]
    : result.overridden ? el('p', {}, ctx.tr('own_used')) : null,
  el('p', {}, el('a', { href: ctx.methodologyHref }, ctx.tr('methodology'))));
  return box;
}

/** A chart with its downloads; the files carry the title, the unit and the source line. */
export function chartBlock(ctx, chart, name, { unit } = {}) {
  const caption = () => ({ title: chart.querySelector('title')?.textContent ?? '', unit: unit ?? '', source: ctx.tr('chart_source', { site: location.host }) });
  return el('figure', { class: 'chart-block' }, chart,
    el('figcaption', { class: 'downloads' }, `${ctx.tr('chart')}: `,
      el('button', { type: 'button', class: 'link', onclick: () => downloadSvg(chart, name, caption()) }, ctx.tr('download_svg')), ' ',
      el('button', { type: 'button', class: 'link', onclick: () => downloadPng(chart, name, caption()) }, ctx.tr('download_png'))));
}

/** The single largest value's index, or -1 when two or more share it (a tie is no win). */
export function uniqueBest(values, lowerIsBetter = false) {
  const finite = values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : NaN));
  const pick = lowerIsBetter ? Math.min : Math.max;
  const best = pick(...finite.filter((v) => !Number.isNaN(v)));
  const at = finite.flatMap((v, i) => (v === best ? [i] : []));
  return at.length === 1 ? at[0] : -1;
}

/** A table: head cells, then rows of [row header, ...cells]; cells are text or {text, best}. */
export function table(ctx, label, head, rows) {
  return el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': label },
    el('table', {},
      el('thead', {}, el('tr', {}, el('td', {}), head.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows.map(([title, ...cells]) => el('tr', {}, el('th', { scope: 'row' }, title),
        cells.map((c) => (typeof c === 'object' && c ? el('td', { class: c.best ? 'best' : null }, c.text,
          c.best ? el('span', { class: 'badge' }, ' ' + ctx.tr('best')) : null) : el('td', {}, c))))))));
}
