// Cost per result: any two of cost, impressions and CPM give the third (the headline: the one the
// visitor left empty); optional engagements, clicks, conversions, views and revenue add the rest.
export const SOLVED = ['cost', 'impressions', 'cpm'];
const KINDS = { cpm: 'money', cost: 'money', impressions: 'int', cpe: 'money', cpc: 'money', cpa: 'money', cpv: 'money',
  ctr_pct: 'pct', cvr_pct: 'pct', roi_pct: 'pct', roas: 'num' };

export default {
  id: 'cost',
  kind: 'cost',
  fields: [
    { name: 'cost', value: 1500, money: true },
    { name: 'impressions', value: 120000 },
    { name: 'cpm', money: true },
    { name: 'engagements', optional: true, example: 3600 },
    { name: 'clicks', optional: true, example: 900 },
    { name: 'conversions', optional: true, example: 45 },
    { name: 'views', optional: true, example: 20000 },
    { name: 'revenue', optional: true, money: true, example: 3000 },
  ],

  // The asked-for figure leads: the one of cost, impressions and CPM the visitor did not give.
  figures(ctx, r) {
    const asked = SOLVED.find((k) => !ctx.given(k)) ?? 'cpm';
    const order = [asked, ...Object.keys(KINDS).filter((k) => k !== asked)];
    return order.filter((k) => k in r).map((k) => ({ key: k, kind: KINDS[k], value: r[k], headline: k === asked }));
  },
};
