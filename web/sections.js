// What each calculator section asks and shows: its request kind, its inputs with first-visit
// defaults (so a first visit already shows a result), and the result metrics with their formats.
// Formats: int, num, pct, money, text.

const MICRO = { label: 'Micro', followers: '25000', engagement_rate_pct: '3', price_per_post: '250', reach_rate_pct: '23' };
const MACRO = { label: 'Macro', followers: '500000', engagement_rate_pct: '1.5', price_per_post: '5000', reach_rate_pct: '19' };

export const SECTIONS = [
  {
    id: 'engagement',
    kind: 'engagement',
    fields: [
      { name: 'followers', value: '2000', format: 'int' },
      { name: 'likes', value: '500', format: 'int' },
      { name: 'comments', value: '800', format: 'int' },
      { name: 'shares', format: 'int' },
      { name: 'saves', format: 'int' },
      { name: 'posts', value: '1', format: 'int' },
      { name: 'reach', format: 'int', optional: true },
      { name: 'impressions', format: 'int', optional: true },
      { name: 'views', format: 'int', optional: true },
    ],
    results: [
      { key: 'rate_by_followers_pct', format: 'pct', headline: true },
      { key: 'rate_by_reach_pct', format: 'pct' },
      { key: 'rate_by_impressions_pct', format: 'pct' },
      { key: 'rate_by_views_pct', format: 'pct' },
      { key: 'engagements_per_post', format: 'num' },
      { key: 'tier', format: 'tier' },
    ],
  },
  {
    id: 'tier',
    kind: 'tier',
    fields: [{ name: 'followers', value: '45000', format: 'int' }],
    results: [{ key: 'tier', format: 'tier', headline: true }],
  },
  {
    id: 'cost',
    kind: 'cost',
    fields: [
      { name: 'cost', value: '1500', format: 'money' },
      { name: 'impressions', value: '120000', format: 'int' },
      { name: 'cpm', format: 'money' },
      { name: 'engagements', value: '3600', format: 'int', optional: true },
      { name: 'clicks', value: '900', format: 'int', optional: true },
      { name: 'conversions', value: '45', format: 'int', optional: true },
      { name: 'views', format: 'int', optional: true },
      { name: 'revenue', value: '3000', format: 'money', optional: true },
    ],
    results: [
      { key: 'cpm', format: 'money', headline: true },
      { key: 'cost', format: 'money' },
      { key: 'impressions', format: 'int' },
      { key: 'cpe', format: 'money' },
      { key: 'cpc', format: 'money' },
      { key: 'cpa', format: 'money' },
      { key: 'cpv', format: 'money' },
      { key: 'ctr_pct', format: 'pct' },
      { key: 'cvr_pct', format: 'pct' },
      { key: 'roi_pct', format: 'pct' },
      { key: 'roas', format: 'num' },
    ],
  },
  {
    id: 'compare',
    kind: 'compare',
    fields: [{ name: 'budget', value: '5000', format: 'money' }],
    list: {
      name: 'options',
      max: 6,
      fields: [
        { name: 'label', text: true },
        { name: 'followers', format: 'int' },
        { name: 'engagement_rate_pct', format: 'pct' },
        { name: 'price_per_post', format: 'money' },
        { name: 'posts_per_creator', format: 'int', optional: true },
        { name: 'reach_rate_pct', format: 'pct', optional: true },
      ],
      defaults: [MICRO, MACRO],
      blank: { label: '', followers: '', engagement_rate_pct: '', price_per_post: '' },
    },
    results: [
      { key: 'creators', format: 'int' },
      { key: 'spend', format: 'money' },
      { key: 'followers_total', format: 'int' },
      { key: 'engagements', format: 'int', best: 'engagements' },
      { key: 'reach', format: 'int', best: 'reach' },
      { key: 'cpe', format: 'money', best: 'cpe' },
      { key: 'cpm', format: 'money', best: 'cpm' },
      { key: 'unspent', format: 'money' },
    ],
  },
];

/** The scenario a first visit shows: every section's defaults, as the raw text of each input. */
export function defaultScenario() {
  const scenario = {};
  for (const s of SECTIONS) {
    const values = {};
    for (const f of s.fields) values[f.name] = f.value ?? '';
    if (s.list) values[s.list.name] = s.list.defaults.map((d) => ({ ...d }));
    scenario[s.id] = values;
  }
  return scenario;
}
