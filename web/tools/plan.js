// The best mix for a budget: the exact optimum, a cautious mix when rates are ranges, and each
// profile alone simulated with its bands (the plan's own `bands`, computed in the same worker run,
// with progress).
import { bandChart } from '../charts.js';
import { el } from '../dom.js';
import { format } from '../numbers.js';
import { chartBlock, formatter, table, uniqueBest } from '../render.js';
import { range } from './fields.js';

export default {
  id: 'plan',
  kind: 'plan',
  // A first visit asks in US dollars, the currency of the published prices the profiles start from.
  currency: 'USD',
  texts: ['plan.', 'goal.'], // texts only tools naming them use
  fields: [
    { name: 'budget', value: 10000, money: true },
    { name: 'goal', type: 'select', options: ['engagements', 'reach', 'clicks', 'conversions'], value: 'engagements' },
    { name: 'max_creators_total', value: 20, optional: true },
    { name: 'cost_per_creator', optional: true, money: true, example: 50 },
    range('ctr_pct', { low: 1, high: 2 }),
    range('cvr_pct', { low: 1, high: 3 }),
    range('aov', 40, { money: true }),
    // The bands' trials: asked as bands_trials (the plan's own `trials` are its p10's, left at their default).
    { name: 'trials', value: 100000, request: false },
  ],
  list: {
    name: 'profiles',
    max: 6,
    fields: [
      { name: 'label', type: 'text' },
      { name: 'followers' },
      range('engagement_rate_pct'),
      { name: 'price_per_post', money: true },
      range('reach_rate_pct'),
      { name: 'max_creators', optional: true, example: 10 },
    ],
    // The published Instagram figures for each size, as the engagement, reach and price kinds give
    // them for these follower counts: the rate and reach ranges, and the typical price per post in
    // US dollars, the currency every price is published in (A Little Class 2021, inBeat 2024).
    defaults: [
      { label: 'Nano', followers: 8000, engagement_rate_pct: { low: 1.78, high: 5 }, price_per_post: 80, reach_rate_pct: { low: 20, high: 40 } },
      { label: 'Micro', followers: 30000, engagement_rate_pct: { low: 0.54, high: 3.86 }, price_per_post: 300, reach_rate_pct: { low: 15, high: 30 } },
      { label: 'Macro', followers: 500000, engagement_rate_pct: { low: 0.7, high: 2.57 }, price_per_post: 5000, reach_rate_pct: { low: 10, high: 22.9 } },
    ],
  },

  figures(ctx, r) {
    const mix = r.mix.filter((m) => m.creators > 0).map((m) => `${format(m.creators, 'int', ctx.lang)} × ${m.label}`).join(' + ');
    return [
      { key: 'plan.best', label: ctx.tr('plan.best'), headline: true, text: mix || ctx.tr('plan.nothing') },
      { key: 'value', label: ctx.tr('goal.' + r.goal), kind: 'int', value: r.value },
      { key: 'spend', kind: 'money', value: r.spend },
      r.value_p10 !== undefined ? { key: 'p10', label: ctx.tr('plan.p10'), kind: 'int', value: r.value_p10 } : null,
    ];
  },

  table(ctx, r) {
    const plans = [[ctx.tr('plan.best'), r], ...(r.cautious ? [[ctx.tr('plan.cautious'), r.cautious]] : [])];
    return {
      head: plans.map(([title]) => title),
      rows: [
        ...r.mix.map((m, i) => [m.label, ...plans.map(([, p]) => ({ value: p.mix[i].creators, kind: 'int' }))]),
        [ctx.tr('metric.spend'), ...plans.map(([, p]) => ({ value: p.spend, kind: 'money' }))],
        [ctx.tr('goal.' + r.goal), ...plans.map(([, p]) => ({ value: p.value, kind: 'int' }))],
        ...(r.value_p10 !== undefined ? [[ctx.tr('plan.p10'), ...plans.map(([, p]) => ({ value: p === r ? r.value_p10 : p.value_p10, kind: 'int' }))]] : []),
      ],
    };
  },

  render(ctx, r) {
    const n = formatter(ctx, 'int');
    const money = formatter(ctx, 'money');
    const goal = (v) => `${n(v)} ${ctx.tr('goal.' + r.goal)}`;
    const t = this.table(ctx, r);
    const extra = [`${ctx.tr('plan.budget_plus_1')}: +${goal(r.marginal.budget_plus_1)}.`];
    if ('max_creators_total_plus_1' in r.marginal) extra.push(`${ctx.tr('plan.creator_plus_1')}: +${goal(r.marginal.max_creators_total_plus_1)}.`);
    if (!r.exact) extra.push(ctx.tr('plan.not_exact'));
    return [
      table(ctx, ctx.tr('plan.mix'), t.head, t.rows.map(([title, ...cells]) => [title, ...cells.map((c) => format(c.value, c.kind, ctx.lang, ctx.currency))])),
      el('p', { class: 'note' }, extra.join(' ')),
      r.alternatives.length ? el('details', { class: 'alternatives' }, el('summary', {}, ctx.tr('plan.alternatives')),
        el('ol', {}, r.alternatives.map((a) => el('li', {}, a.mix.filter((m) => m.creators > 0).map((m) => `${n(m.creators)} × ${m.label}`).join(' + ') +
          ` — ${money(a.spend)}, ${goal(a.value)}`)))) : null,
    ];
  },

  // The plan asks for its bands: each profile alone with the whole budget, simulated in the same run.
  request(plan, read) {
    return { ...plan, bands: true, bands_trials: read('trials') };
  },
  fieldOf: (field) => (field === 'bands_trials' ? 'trials' : field),
  running: 'plan.running', // the text beside the progress bar while the bands simulate

  // The bands, in the part of the page that shows progress while they are simulated.
  simulated(ctx, { bands: r, goal: metric }) {
    const n = formatter(ctx, 'int');
    const p = r.probability_best[metric] ?? {};
    const labels = Object.keys(p);
    const winner = labels[uniqueBest(labels.map((l) => p[l]))];
    const rows = r.options.filter((o) => o[metric]).map((o) => ({ label: o.label, ...o[metric], best: o.label === winner }));
    const chance = labels.map((label) => `${label} ${format(p[label] * 100, 'pct', ctx.lang)}`).join(', ');
    return [el('h2', { class: 'follow-title' }, ctx.tr('plan.simulation', { trials: n(r.trials) })),
      el('p', {}, `${ctx.tr('plan.probability', { goal: ctx.tr('goal.' + metric) })}: ${chance}.`),
      rows.length ? chartBlock(ctx, bandChart({ rows, fmt: n, title: ctx.tr('plan.bands') }), 'plan-bands', { unit: ctx.tr('goal.' + metric) }) : null,
      el('p', { class: 'note' }, ctx.tr('plan.bands_note'))];
  },
};
