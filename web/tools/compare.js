// Micro vs macro: one budget, several creator profiles, and the answer first: who wins on the
// goal, by how much and how likely (compare-answer.js writes the sentence). Every figure may be
// a range ("10-50k", "3-5"); a profile may start from a tier and platform, and every figure it
// leaves empty is the published one (the core fills it in and says so in `inputs`; the field
// shows it as placeholder and note). Like every tool it computes in the worker (page.js).
import { comparisonChart } from '../charts.js';
import { el } from '../dom.js';
import { format, inputText, smallest } from '../numbers.js';
import { chartBlock, formatter, RANGE_DASH, table, uniqueBest } from '../render.js';
import { answerSentence } from './compare-answer.js';
import { COMPARE_MAX_OPTIONS, platform, range } from './fields.js';

// The tiers a profile may start from: those of the dataset's standard scheme with a lower and an
// upper bound (nano starts at 0 followers, mega has no top: neither is a follower range).
const TIERS = ['micro', 'macro'];
const SCHEME = 'standard';

// [metric, kind, which is best]; shown when any option has it.
const ROWS = [['creators', 'int'], ['spend', 'money'], ['unspent', 'money'], ['followers_total', 'int', 'most'],
  ['engagements', 'int', 'most'], ['reach', 'int', 'most'], ['unique_reach', 'int', 'most'], ['average_frequency', 'num'],
  ['cpe', 'money', 'least'], ['cpm', 'money', 'least']];
const INPUTS = [['price_per_post', 'money'], ['engagement_rate_pct', 'pct'], ['reach_rate_pct', 'pct']];
const GOAL_KIND = { unique_reach: 'int', reach: 'int', engagements: 'int', cpe: 'money', cpm: 'money' };

// tier → {low, high, source}: the follower bands of the dataset's tier scheme (core/data/
// benchmarks.json), which the build puts in (scripts/site.mjs: esbuild's define), so that the page
// asks the core nothing before its first answer. Without it (read in Node) no tier has a band.
/* global __TIER_SCHEMES__ */
const bands = bandsOf((typeof __TIER_SCHEMES__ === 'undefined' ? [] : JSON.parse(__TIER_SCHEMES__)).find((s) => s.id === SCHEME));

function bandsOf(scheme) {
  if (!scheme) return null;
  const out = {};
  scheme.tiers.forEach((t, i) => {
    const next = scheme.tiers[i + 1];
    if (TIERS.includes(t.name) && next && t.min_followers > 0) out[t.name] = { low: t.min_followers, high: next.min_followers, source: scheme.source };
  });
  return out;
}

function bestIndex(r, key, rank) {
  return rank ? uniqueBest(r.options.map((o) => o[key]), rank === 'least') : -1;
}

const rangeOf = (ctx, v, kind, unit) => {
  const f = formatter(ctx, kind, unit, smallest([v.low, v.high]));
  return v.low === v.high ? f(v.low) : `${f(v.low)}${RANGE_DASH}${f(v.high)}`;
};

export default {
  id: 'compare',
  kind: 'compare',
  texts: ['compare.', 'verdict.', 'why.', 'tier.', 'platform.'], // texts only tools naming them use (verdict, why: the warnings)
  fields: [
    { name: 'budget', value: 5000, money: true },
    { name: 'audience_size', optional: true, example: 2000000, hint: 'compare.audience_hint', wide: true },
    // Prices are published in US dollars: in another currency they are converted only at the
    // visitor's own rate (never one of ours), sent as exchange_rates.USD.
    { name: 'rate_usd', optional: true, request: false, hideFor: 'USD', hint: 'compare.rate_hint' },
  ],
  // A first visit (no link, no chosen currency) asks in the currency the prices are published in,
  // so it answers at once; a visitor in EUR or GBP is asked for the dollar rate.
  currency: 'USD',
  list: {
    name: 'options',
    max: COMPARE_MAX_OPTIONS,
    fields: [
      { name: 'label', type: 'text' },
      { name: 'tier', type: 'select', options: ['own', ...TIERS], value: 'own' },
      platform,
      range('followers'),
      range('engagement_rate_pct'),
      range('price_per_post', undefined, { money: true }),
      range('reach_rate_pct', undefined, { optional: true }),
      { name: 'creators', optional: true, example: 10, hint: 'compare.creators_hint' },
      { name: 'posts_per_creator', optional: true, example: 1 },
    ],
    // The question as the articles ask it: micro-influencers against one macro-influencer, every
    // figure the published one until the visitor types their own.
    defaults: [
      { label: 'Micro', tier: 'micro', platform: 'instagram' },
      { label: 'Macro', tier: 'macro', platform: 'instagram', creators: 1 },
    ],
  },

  // Published prices are filled in the page's currency, converted from dollars only at the
  // visitor's rate. A profile started from a tier and left without followers asks about the
  // tier's band.
  request(request, read, ctx) {
    request.currency = ctx.currency;
    const rate = ctx.currency === 'USD' ? undefined : read('rate_usd');
    if (rate !== undefined) request.exchange_rates = { USD: rate };
    for (const o of request.options ?? []) {
      const band = bands?.[o.tier];
      if (o.followers === undefined && band) o.followers = { low: band.low, high: band.high };
      delete o.tier;
    }
    return request;
  },

  fieldOf: (field) => (field === 'exchange_rates.USD' ? 'rate_usd' : field),

  answer(ctx, r) {
    // Each warning in short under the sentence (in full next to its field): never instead of it.
    const warned = r.options.flatMap((o) => o.warnings.filter((w) => w.code !== 'no_benchmark')
      .map((w) => `${o.label}, ${ctx.tr('field.' + w.field.split('.').pop())}: ${w.code === 'over_budget' ? warningText(ctx, w, o) : ctx.tr('verdict.' + w.code)}`.replace(/\.$/, '')));
    return [el('p', { class: 'answer', 'data-answer': '' }, answerSentence(r, ctx)),
      warned.length ? el('p', { class: 'answer-warnings' }, ctx.tr('compare.warnings', { list: warned.join('; ') })) : null];
  },

  // The sentence (CSV only: on screen it is the answer on top), then each option's figure on the
  // goal with its band.
  figures(ctx, r) {
    const goal = r.answer.goal;
    const kind = GOAL_KIND[goal];
    const f = (v) => format(v, kind, ctx.lang, ctx.currency);
    return [
      { key: 'compare.answer', label: ctx.tr('compare.answer_label'), headline: true, text: answerSentence(r, ctx), screen: false },
      ...r.options.map((o) => (o[goal] === undefined ? null : {
        key: 'goal', label: `${o.label}: ${ctx.tr('compare.goal.' + goal)}`, kind, value: o[goal],
        note: o.bands?.[goal] ? ctx.tr('compare.bands', { range: `${f(o.bands[goal].p10)}${RANGE_DASH}${f(o.bands[goal].p90)}` }) : null,
      })),
    ];
  },

  /** Typical values, then (CSV only) p10 and p90 rows, the chance of being best, the figures used. */
  table(ctx, r) {
    const rows = [];
    for (const [k, kind, rank] of ROWS.filter(([key]) => r.options.some((o) => key in o))) {
      const best = bestIndex(r, k, rank);
      const like = smallest(r.options.map((o) => o[k]));
      const title = ctx.tr('metric.' + k);
      rows.push([title, ...r.options.map((o, i) => ({ value: o[k], kind, like, best: i === best, band: o.bands?.[k] }))]);
      if (r.options.some((o) => o.bands?.[k])) {
        for (const p of ['p10', 'p90']) rows.push(Object.assign([`${title} (${p})`, ...r.options.map((o) => ({ value: o.bands?.[k]?.[p], kind, like }))], { csvOnly: true }));
      }
    }
    const goal = r.answer.goal;
    if (r.probability_best?.[goal]) {
      rows.push(Object.assign([ctx.tr('compare.probability', { goal: ctx.tr('compare.goal.' + goal) }),
        ...r.options.map((o) => ({ value: r.probability_best[goal][o.label] * 100, kind: 'pct' }))], { csvOnly: true }));
    }
    for (const [k, kind] of INPUTS) {
      for (const end of ['low', 'typical', 'high']) {
        rows.push(Object.assign([`${ctx.tr('compare.used')}: ${ctx.tr('field.' + k)} (${ctx.tr('compare.' + end)})`,
          ...r.options.map((o) => ({ value: o.inputs[k]?.[end], kind }))], { csvOnly: true }));
      }
    }
    return { head: r.options.map((o) => o.label), rows };
  },

  render(ctx, r) {
    const t = this.table(ctx, r);
    const cell = (c) => {
      const text = format(c.value, c.kind, ctx.lang, ctx.currency, { like: c.like });
      if (!c.band) return { text, best: c.best };
      const f = (v) => format(v, c.kind, ctx.lang, ctx.currency, { like: c.like });
      // The range alone (the note under the table says it is p10–p90): narrow enough for a phone.
      return { text: [text, el('span', { class: 'band', title: 'p10–p90' }, `${f(c.band.p10)}${RANGE_DASH}${f(c.band.p90)}`)], best: c.best };
    };
    const n = formatter(ctx, 'int');
    const charted = ['unique_reach', 'reach', 'engagements', 'followers_total'].filter((k) => r.options.some((o) => o[k] > 0));
    const chart = comparisonChart({ title: ctx.tr('page.compare.h1'), rows: charted.map((k) => {
      const best = bestIndex(r, k, 'most');
      return { title: ctx.tr('metric.' + k), values: r.options.map((o, i) => ({ label: o.label, value: o[k] ?? 0, text: n(o[k] ?? 0), best: i === best })) };
    }) });
    return [
      table(ctx, ctx.tr('page.compare.h1'), t.head, t.rows.filter((row) => !row.csvOnly).map(([title, ...cells]) => [title, ...cells.map(cell)])),
      r.trials ? el('p', { class: 'note' }, ctx.tr('compare.bands_note', { trials: format(r.trials, 'int', ctx.lang) })) : null,
      usedTable(ctx, r),
      chartBlock(ctx, chart, 'micro-vs-macro', { unit: ctx.tr('unit.people') }),
    ];
  },

  /**
   * Next to each field: the published figure an empty field used (also its placeholder, with the
   * sources' publishers once loaded), the tier's follower band, and the result's warnings.
   */
  fieldNotes(ctx, r, request) {
    const notes = [];
    r.options.forEach((o, i) => {
      const at = `options.${i}`;
      const asked = request.options[i] ?? {};
      for (const [k, kind] of INPUTS) {
        const input = o.inputs[k];
        if (input?.filled_from !== 'dataset') continue;
        const text = ctx.tr(input.converted_from ? 'compare.published_converted' : 'compare.published',
          { range: rangeOf(ctx, input, kind, input.unit), from: input.converted_from, rate: new Intl.NumberFormat(ctx.lang, { maximumFractionDigits: 6 }).format(input.rate) });
        notes.push({ field: `${at}.${k}`, placeholder: text, text, sources: input.sources });
      }
      const band = Object.values(bands ?? {}).find((b) => asked.followers?.low === b.low && asked.followers?.high === b.high);
      if (band) {
        const text = rangeOf(ctx, band, 'int');
        notes.push({ field: `${at}.followers`, placeholder: ctx.tr('compare.published', { range: text }),
          text: ctx.tr('compare.published', { range: text }), sources: [band.source] });
      }
      for (const w of o.warnings) notes.push({ field: w.field, warning: true, text: warningText(ctx, w, o) });
    });
    return notes;
  },
};

// A warning in the page's language: the verdict's rating and reason (the engagement tool's words).
function warningText(ctx, w, o) {
  if (w.code === 'over_budget') return ctx.tr('compare.over_budget', { spend: format(o.spend, 'money', ctx.lang, ctx.currency) });
  if (w.code === 'no_benchmark') return ctx.tr('no_benchmark');
  return `${ctx.tr('verdict.' + w.code)}: ${ctx.tr('why.' + w.code)}`;
}

// The price, engagement and reach rate each option used: typed, or published with its range.
function usedTable(ctx, r) {
  const rows = INPUTS.filter(([k]) => r.options.some((o) => o.inputs[k])).map(([k, kind]) => [ctx.tr('field.' + k),
    ...r.options.map((o) => {
      const input = o.inputs[k];
      if (!input) return '—';
      const typical = input.low === input.high ? '' : ` (${ctx.tr('compare.typical')} ${format(input.typical, kind, ctx.lang, input.unit ?? ctx.currency)})`;
      return `${rangeOf(ctx, input, kind, input.unit)}${typical}, ${ctx.tr(input.filled_from === 'dataset' ? 'compare.from_dataset' : 'compare.from_user')}`;
    })]);
  // Built when opened: the results keep one table until the visitor asks for this one.
  const box = el('details', { class: 'used', ontoggle: () => {
    if (box.open && !box.querySelector('table')) box.append(table(ctx, ctx.tr('compare.used'), r.options.map((o) => o.label), rows));
  } }, el('summary', {}, ctx.tr('compare.used')));
  return box;
}
