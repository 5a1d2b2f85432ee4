// Micro vs macro: one budget, several creator profiles: how many of each it buys and what that
// yields. A tie is no win: "best" marks only a single leader.
import { comparisonChart } from '../charts.js';
import { chartBlock, formatter, table, uniqueBest } from '../render.js';
import { format, smallest } from '../numbers.js';

const ROWS = [['creators', 'int'], ['spend', 'money'], ['followers_total', 'int'], ['engagements', 'int', 'most'],
  ['reach', 'int', 'most'], ['cpe', 'money', 'least'], ['cpm', 'money', 'least'], ['unspent', 'money']];

function bestIndex(r, key, rank) {
  return rank ? uniqueBest(r.options.map((o) => o[key]), rank === 'least') : -1;
}

export default {
  id: 'compare',
  kind: 'compare',
  fields: [{ name: 'budget', value: 5000, money: true }],
  list: {
    name: 'options',
    max: 6,
    fields: [
      { name: 'label', type: 'text' },
      { name: 'followers' },
      { name: 'engagement_rate_pct' },
      { name: 'price_per_post', money: true },
      { name: 'posts_per_creator', optional: true, example: 1 },
      { name: 'reach_rate_pct', optional: true, example: 20 },
    ],
    defaults: [
      { label: 'Micro', followers: 25000, engagement_rate_pct: 3, price_per_post: 250, reach_rate_pct: 23 },
      { label: 'Macro', followers: 500000, engagement_rate_pct: 1.5, price_per_post: 5000, reach_rate_pct: 19 },
    ],
  },

  // The headline: which profile gets the most engagements for the budget (or "a tie").
  figures(ctx, r) {
    const i = bestIndex(r, 'engagements', 'most');
    return [{ key: 'best_engagements', headline: true, text: i < 0 ? ctx.tr('tie') : r.options[i].label }];
  },

  table(ctx, r) {
    const rows = ROWS.filter(([k]) => r.options.some((o) => k in o));
    return {
      head: r.options.map((o) => o.label),
      rows: rows.map(([k, kind, rank]) => {
        const best = bestIndex(r, k, rank);
        const like = smallest(r.options.map((o) => o[k]));
        return [ctx.tr('metric.' + k), ...r.options.map((o, i) => ({ value: o[k], kind, like, best: i === best }))];
      }),
    };
  },

  render(ctx, r) {
    const t = this.table(ctx, r);
    const charted = ['engagements', 'reach', 'followers_total'].filter((k) => r.options.some((o) => o[k] > 0));
    const n = formatter(ctx, 'int');
    const chart = comparisonChart({ title: ctx.tr('page.compare.h1'), rows: charted.map((k) => {
      const best = bestIndex(r, k, 'most');
      return { title: ctx.tr('metric.' + k), values: r.options.map((o, i) => ({ label: o.label, value: o[k] ?? 0, text: n(o[k] ?? 0), best: i === best })) };
    }) });
    return [table(ctx, ctx.tr('page.compare.h1'), t.head, t.rows.map(([title, ...cells]) => [title,
      ...cells.map((c) => ({ text: format(c.value, c.kind, ctx.lang, ctx.currency, { like: c.like }), best: c.best }))])),
    chartBlock(ctx, chart, 'micro-vs-macro', { unit: ctx.tr('unit.people') })];
  },
};
