// Engagement rate: interactions per post against followers (or reach, impressions, views), with a
// verdict against the published benchmark for the platform and size.
import { rangeBar } from '../charts.js';
import { el } from '../dom.js';
import { chartBlock, formatter, rangeText } from '../render.js';
import { platform } from './fields.js';

export default {
  id: 'engagement',
  kind: 'engagement',
  texts: ['why.', 'verdict.', 'tier.', 'platform.', 'format.'], // texts only tools naming them use
  fields: [
    platform,
    { name: 'followers', value: 12000 },
    { name: 'likes', value: 310 },
    { name: 'comments', value: 25 },
    { name: 'shares', value: 10 },
    { name: 'saves', value: 15 },
    { name: 'posts', value: 1, label: 'posts_counted' },
    { name: 'reach', optional: true, example: 4000 },
    { name: 'impressions', optional: true, example: 6000 },
    { name: 'views', optional: true },
    { name: 'benchmark_rate_pct', type: 'range', optional: true, override: 'benchmark' },
  ],
  published: (r) => (r.overridden ? null : { field: 'benchmark_rate_pct', range: r.benchmark }),

  figures(ctx, r) {
    return [
      { key: 'rate_by_followers_pct', kind: 'pct', value: r.rate_by_followers_pct, headline: true },
      ...['rate_by_reach_pct', 'rate_by_impressions_pct', 'rate_by_views_pct'].filter((k) => k in r)
        .map((k) => ({ key: k, kind: 'pct', value: r[k] })),
      { key: 'engagements_per_post', kind: 'num', value: r.engagements_per_post },
      { key: 'tier', text: ctx.tr('tier.' + r.tier) },
      r.benchmark ? { key: 'benchmark', kind: 'pct', value: r.benchmark, openEnded: r.benchmark.open_ended } : null,
      r.verdict ? { key: 'verdict', text: ctx.tr('verdict.' + r.verdict.rating), screen: false } : null,
    ];
  },

  render(ctx, r) {
    const rate = formatter(ctx, 'pct');
    const parts = [];
    if (r.verdict && r.benchmark) {
      parts.push(el('p', { class: `verdict ${r.verdict.rating}` }, el('strong', {}, ctx.tr('verdict.' + r.verdict.rating)), ' — ',
        ctx.tr('why.' + r.verdict.rating), ' ', `${ctx.tr('metric.benchmark')}: ${rangeText(ctx, r.benchmark, rate, r.benchmark.open_ended)}.`));
      parts.push(chartBlock(ctx, rangeBar({ range: r.benchmark, marker: r.rate_by_followers_pct, fmt: rate,
        markerLabel: `${ctx.tr('you')}: ${rate(r.rate_by_followers_pct)}`, title: ctx.tr('metric.benchmark') }), 'engagement-benchmark', { unit: '%' }));
    } else if (r.notes) {
      parts.push(el('p', { class: 'note' }, ctx.tr('no_benchmark')));
    }
    return parts;
  },
};
