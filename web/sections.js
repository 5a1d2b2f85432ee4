// What the page asks and shows. A group is a section of the page (and what an embed can show);
// a panel is one calculator inside it, sending one request kind. Each field keeps the raw text
// the user typed; `value` is the first-visit default, so a first visit already shows results.
// Field types: number (default: "12k", "1.234,5"), range ("1-3" or "2"), text, select, list;
// `label` names another text for the field's label where the same input means more here.

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
      { name: 'posts', value: '1', label: 'posts_counted' },
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

const range = (name, value, extra = {}) => ({ name, type: 'range', value, ...extra });

PANELS.plan = {
  kind: 'plan',
  fields: [
    { name: 'budget', value: '10000', money: true },
    { name: 'goal', type: 'select', options: ['engagements', 'reach', 'clicks', 'conversions'], value: 'engagements' },
    { name: 'max_creators_total', value: '20', optional: true },
    { name: 'cost_per_creator', optional: true, money: true },
    range('ctr_pct', '1-2'),
    range('cvr_pct', '1-3'),
    range('aov', '40', { money: true }),
    { name: 'trials', value: '100000', request: false },
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
      { name: 'max_creators', optional: true },
    ],
    // The published Instagram ranges for each size (engagement, reach kinds) and a typical price.
    defaults: [
      { label: 'Nano', followers: '8000', engagement_rate_pct: '1.78-5', price_per_post: '70', reach_rate_pct: '20-40', max_creators: '' },
      { label: 'Micro', followers: '30000', engagement_rate_pct: '0.54-3.86', price_per_post: '300', reach_rate_pct: '15-30', max_creators: '' },
      { label: 'Macro', followers: '500000', engagement_rate_pct: '0.7-2.57', price_per_post: '6250', reach_rate_pct: '10-22.9', max_creators: '' },
    ],
    blank: { label: '', followers: '', engagement_rate_pct: '', price_per_post: '', reach_rate_pct: '', max_creators: '' },
  },
};

PANELS.funnel = {
  kind: 'funnel',
  fields: [
    range('impressions', '150k-300k'),
    range('ctr_pct', '0.8-1.5'),
    range('cvr_pct', '1-3'),
    range('aov', '45', { money: true }),
    range('cost', '3000', { money: true }),
  ],
};

PANELS.overlap = {
  kind: 'overlap',
  fields: [
    { name: 'reaches', type: 'list', value: '40k; 25k; 60k' },
    { name: 'universe', value: '1.5m', optional: true },
    { name: 'overlap_pct', optional: true, request: false },
  ],
};

export const GROUPS = [
  { id: 'engagement', panels: ['engagement'] },
  { id: 'reach', panels: ['reach', 'cost'] },
  { id: 'price', panels: ['price'] },
  { id: 'compare', panels: ['compare'] },
  { id: 'plan', panels: ['plan', 'funnel', 'overlap'] },
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
