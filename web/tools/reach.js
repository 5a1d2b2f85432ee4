// Reach and impressions: how many people a creator's posts are likely to reach, from published
// reach rates (or the visitor's own).
import { rangeBar } from '../charts.js';
import { chartBlock, formatter } from '../render.js';
import { format, platform } from './fields.js';

export default {
  id: 'reach',
  kind: 'reach',
  texts: ['platform.', 'format.'], // texts only tools naming them use
  fields: [
    platform,
    format,
    { name: 'followers', value: 45000 },
    { name: 'posts', value: 3 },
    { name: 'impressions_per_reach', optional: true, example: 1.3 },
    { name: 'reach_rate_pct', type: 'range', optional: true, override: 'reach_rate_pct' },
  ],
  published: (r) => (r.overridden ? null : { field: 'reach_rate_pct', range: r.reach_rate_pct }),

  figures: (ctx, r) => [
    { key: 'reach_total', kind: 'int', value: r.reach_total, headline: true },
    { key: 'reach_per_post', kind: 'int', value: r.reach_per_post },
    { key: 'impressions', kind: 'int', value: r.impressions },
    { key: 'reach_rate_pct', kind: 'pct', value: r.reach_rate_pct },
  ],

  render: (ctx, r) => [chartBlock(ctx, rangeBar({ range: r.reach_total, fmt: formatter(ctx, 'int'), title: ctx.tr('metric.reach_total') }), 'reach',
    { unit: ctx.tr('unit.people') })],
};
