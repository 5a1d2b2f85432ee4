// Funnel to ROI: impressions to clicks, sales and ROI, every input a number or a range.
import { rangeBar } from '../charts.js';
import { chartBlock, formatter } from '../render.js';
import { range } from './fields.js';

// Sales are whole: break-even sales round up (66.67 sales do not break even; 67 do).
const FUNNEL = [['roi_pct', 'pct'], ['impressions', 'int'], ['clicks', 'int'], ['conversions', 'int'], ['revenue', 'money'], ['cpm', 'money'],
  ['cpc', 'money'], ['cpa', 'money'], ['roas', 'num'], ['break_even_conversions', 'int', Math.ceil], ['break_even_cvr_pct', 'pct']];

export default {
  id: 'funnel',
  kind: 'funnel',
  fields: [
    range('impressions', { low: 150000, high: 300000 }),
    range('ctr_pct', { low: 0.8, high: 1.5 }),
    range('cvr_pct', { low: 1, high: 3 }),
    range('aov', 45, { money: true }),
    range('cost', 3000, { money: true }),
  ],

  figures: (ctx, r) => FUNNEL.filter(([k]) => r[k]).map(([k, kind, round]) => ({ key: k, kind, headline: k === 'roi_pct',
    value: round ? { low: round(r[k].low), typical: r[k].typical === undefined ? undefined : round(r[k].typical), high: round(r[k].high) } : r[k] })),

  render: (ctx, r) => [r.roi_pct ? chartBlock(ctx, rangeBar({ range: r.roi_pct, fmt: formatter(ctx, 'pct'), title: ctx.tr('metric.roi_pct') }), 'roi', { unit: '%' }) : null],
};
