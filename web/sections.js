// What the page asks and shows. A group is a section of the page (and what an embed can show);
// a panel is one calculator inside it, sending one request kind. Each field keeps the raw text
// the user typed; `value` is the first-visit default, so a first visit already shows results.
// Field types: number (default: "12k", "1.234,5"), range ("1-3" or "2"), text, select.

export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'x', 'facebook', 'pinterest', 'twitch', 'linkedin'];
export const FORMATS = ['post', 'story', 'reel', 'video'];
export const CURRENCIES = ['EUR', 'USD', 'GBP'];

const platform = { name: 'platform', type: 'select', options: PLATFORMS, value: 'instagram' };
const format = { name: 'format', type: 'select', options: FORMATS, value: 'post' };

export const PANELS = {
  engagement: {
    kind: 'engagement',
    fields: [
      platform,
      { name: 'followers', value: '12000' },
      { name: 'likes', value: '310' },
      { name: 'comments', value: '25' },
      { name: 'shares', value: '10' },
      { name: 'saves', value: '15' },
      { name: 'posts', value: '1' },
      { name: 'reach', optional: true },
      { name: 'impressions', optional: true },
      { name: 'views', optional: true },
      { name: 'benchmark_rate_pct', type: 'range', optional: true, override: 'benchmark' },
    ],
  },
  reach: {
    kind: 'reach',
    fields: [
      platform,
      format,
      { name: 'followers', value: '45000' },
      { name: 'posts', value: '3' },
      { name: 'impressions_per_reach', optional: true },
      { name: 'reach_rate_pct', type: 'range', optional: true, override: 'reach_rate_pct' },
    ],
  },
  cost: {
    kind: 'cost',
    fields: [
      { name: 'cost', value: '1500', money: true },
      { name: 'impressions', value: '120000' },
      { name: 'cpm', money: true },
      { name: 'engagements', value: '3600', optional: true },
      { name: 'clicks', value: '900', optional: true },
      { name: 'conversions', value: '45', optional: true },
      { name: 'views', optional: true },
      { name: 'revenue', value: '3000', optional: true, money: true },
    ],
  },
  price: {
    kind: 'price',
    fields: [
      platform,
      format,
      { name: 'followers', value: '25000' },
      { name: 'rate_usd', optional: true, request: false, hideFor: 'USD' },
      { name: 'rate_eur', optional: true, request: false, hideFor: 'EUR' },
      { name: 'price_per_post', type: 'range', optional: true, money: true },
    ],
  },
  compare: {
    kind: 'compare',
    fields: [{ name: 'budget', value: '5000', money: true }],
    list: {
      name: 'options',
      max: 6,
      fields: [
        { name: 'label', type: 'text' },
        { name: 'followers' },
        { name: 'engagement_rate_pct' },
        { name: 'price_per_post', money: true },
        { name: 'posts_per_creator', optional: true },
        { name: 'reach_rate_pct', optional: true },
      ],
      defaults: [
        { label: 'Micro', followers: '25000', engagement_rate_pct: '3', price_per_post: '250', posts_per_creator: '', reach_rate_pct: '23' },
        { label: 'Macro', followers: '500000', engagement_rate_pct: '1.5', price_per_post: '5000', posts_per_creator: '', reach_rate_pct: '19' },
      ],
      blank: { label: '', followers: '', engagement_rate_pct: '', price_per_post: '', posts_per_creator: '', reach_rate_pct: '' },
    },
  },
};

export const GROUPS = [
  { id: 'engagement', panels: ['engagement'] },
  { id: 'reach', panels: ['reach', 'cost'] },
  { id: 'price', panels: ['price'] },
  { id: 'compare', panels: ['compare'] },
];

/** The scenario a first visit shows: every panel's defaults, as raw text. */
export function defaultScenario() {
  const scenario = {};
  for (const [id, panel] of Object.entries(PANELS)) {
    const values = {};
    for (const f of panel.fields) values[f.name] = f.value ?? '';
    if (panel.list) values[panel.list.name] = panel.list.defaults.map((d) => ({ ...d }));
    scenario[id] = values;
  }
  return scenario;
}
