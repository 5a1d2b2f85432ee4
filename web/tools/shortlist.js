// Your shortlist, checked and ranked (core kind roster): pasted or read from a CSV file on this
// device, each creator's engagement against the benchmark, price against the published range,
// flags in words and a score; with a budget the exact best set to book, carried over to Micro vs
// macro in a link. The screen shows the top rows; the CSV has every row.
import { el } from '../dom.js';
import { format, inputText } from '../numbers.js';
import { PLATFORMS, toolById } from '../site.js';
import { COMPARE_MAX_OPTIONS, platform } from './fields.js';

// Enough for any real shortlist on screen; 10,000 pasted rows are all in the CSV, not the page.
export const SHOWN_ROWS = 200;
// Row problems listed on screen (all of them are in the CSV).
const SHOWN_ERRORS = 50;

// A first visit's example, as each language's spreadsheets write it (a Dutch copy: ';', decimal
// comma, '12.500', '€ 250,-'). The creators are made up; every figure about them comes from the core.
export const SAMPLES = {
  en: [
    'Name,Platform,Followers,Likes,Comments,Price',
    '@lisa.cooks,Instagram,12500,410,38,250',
    '@bikefamily,Instagram,8200,520,41,150',
    '@greenliving,Instagram,45300,1150,62,600',
    '@citygarden,TikTok,23000,1900,85,300',
    '@fashionbymila,Instagram,250000,300,4,2500',
    '@runwithjan,Instagram,31000,2900,2,350',
    '@coffeetalk,YouTube,60000,2400,210,',
    '@budgetbram,Instagram,5400,390,29,90',
    '@travelwithrose,Instagram,18700,650,48,1200',
  ].join('\n'),
  nl: [
    'Naam;Platform;Volgers;Likes;Reacties;Prijs',
    '@lisa.kookt;Instagram;12.500;410;38;€ 250,-',
    '@fietsfamilie;Instagram;8.200;520;41;€ 150,-',
    '@groenwonen;Instagram;45.300;1.150;62;€ 600,-',
    '@stadsmoestuin;TikTok;23.000;1.900;85;€ 300,-',
    '@modebymila;Instagram;250.000;300;4;€ 2.500,-',
    '@hardloopjan;Instagram;31.000;2.900;2;€ 350,-',
    '@koffieklets;YouTube;60.000;2.400;210;',
    '@budgetbram;Instagram;5.400;390;29;€ 90,-',
    '@reismetroos;Instagram;18.700;650;48;€ 1.200,-',
  ].join('\n'),
};
const sample = (lang) => SAMPLES[lang] ?? SAMPLES.en;

// A text in the page's language, or the fallback (the core's words) when there is none.
const word = (ctx, key, fallback, vars) => {
  const text = ctx.tr(key, vars);
  return text === key ? fallback : text;
};

export default {
  id: 'shortlist',
  kind: 'roster',
  stacked: true, // a wide table: the results under the inputs
  texts: ['shortlist.', 'verdict.', 'why.', 'tier.', 'platform.', 'goal.'], // texts only tools naming them use
  fields: [
    { name: 'csv', type: 'text', multiline: 6, value: sample, sample, hint: 'shortlist.csv_hint',
      file: { accept: '.csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values', maxBytes: 1048576 } },
    { ...platform, hint: 'shortlist.platform_hint' },
    { name: 'budget', value: 1500, money: true, optional: true },
    { name: 'goal', type: 'select', options: ['engagements', 'reach', 'score'], value: 'engagements' },
    { name: 'max_creators', label: 'max_booked', optional: true, example: 5 },
    { name: 'exclude_flagged', type: 'select', options: ['no', 'yes'], value: 'no' },
  ],

  // Prices are checked against ranges published in the page's currency. The booking options only
  // go with a budget (a select always has a value: without a budget it is not asked about).
  request(request, read, ctx) {
    request.currency = ctx.currency;
    if (request.budget === undefined) {
      delete request.goal;
      delete request.exclude_flagged;
    } else {
      request.exclude_flagged = request.exclude_flagged === 'yes';
    }
    return request;
  },

  // When no row reads, the core lists each row's problem on `csv` ("Row 5, Volgers: …"): in the
  // page's words with the row and column kept. The text's own errors use the page's texts.
  errorText(ctx, e) {
    const at = e.field === 'csv' && /^Row (\d+)(?:, ([^:]*))?: /.exec(e.message);
    if (!at) return null;
    return `${ctx.tr('shortlist.row_at', { row: at[1] })}${at[2] ? `, ${at[2]}` : ''}: ${rowErrorText(ctx, { code: e.code, message: e.message.slice(at[0].length) })}`;
  },

  answer(ctx, r) {
    return el('p', { class: 'answer', 'data-answer': '' }, el('strong', {}, answerSentence(ctx, r)));
  },

  figures(ctx, r) {
    const flagged = r.creators.filter((c) => c.flags.length).length;
    const s = r.selection;
    return [
      { key: 'shortlist.answer', label: ctx.tr('shortlist.answer_label'), headline: true, text: answerSentence(ctx, r), screen: false },
      { key: 'checked', label: ctx.tr('shortlist.checked'), kind: 'int', value: r.creators.length },
      { key: 'flagged', label: ctx.tr('shortlist.flagged'), kind: 'int', value: flagged },
      { key: 'row_errors', label: ctx.tr('shortlist.rows_not_read'), kind: 'int', value: new Set(r.row_errors.map((e) => e.row)).size },
      s ? { key: 'spend', kind: 'money', value: s.spend } : null,
      s ? { key: 'value', label: capitalized(goalName(ctx, s.goal)), kind: 'int', value: s.value } : null,
    ];
  },

  /** Every creator ranked (the screen shows the top rows), then every row problem: the CSV. */
  table(ctx, r) {
    const booked = new Set(r.selection?.rows ?? []);
    const cur = ctx.currency;
    const head = ['row', 'platform', 'followers', 'tier', 'rate', 'verdict', 'comments', 'price', 'price_basis', 'price_check',
      'cpe', 'cpm', 'growth', 'score', 'flags', 'booked'].map((k) => ctx.tr('shortlist.col.' + k, { currency: cur }));
    const rows = ranked(r.creators).map((c) => [c.name,
      { value: c.row, kind: 'int' }, platformName(ctx, c.platform), { value: c.followers, kind: 'int' }, tierName(ctx, c.tier),
      { value: c.engagement_rate_pct, kind: 'pct' }, c.verdict ? ctx.tr('verdict.' + c.verdict.rating) : '',
      { value: c.comments_per_100_likes, kind: 'num' }, { value: c.price, kind: 'money' },
      c.price_basis ? ctx.tr('shortlist.basis.' + c.price_basis) : '', c.price_check ? priceCheck(ctx, c.price_check) : '',
      { value: c.cpe, kind: 'money' }, { value: c.cpm, kind: 'money' }, { value: c.growth_pct_per_30_days, kind: 'pct' },
      { value: c.score, kind: 'int' }, c.flags.map((f) => flagText(ctx, f, c)).join(' '), booked.has(c.row) ? ctx.tr('shortlist.yes') : '']);
    const errors = r.row_errors.length
      ? [[], [ctx.tr('shortlist.rows_not_read'), ctx.tr('shortlist.col.column'), ctx.tr('shortlist.col.problem')],
        ...r.row_errors.map((e) => [ctx.tr('shortlist.row_n', { row: e.row }), e.column, rowErrorText(ctx, e)])]
      : [];
    return { corner: ctx.tr('shortlist.col.name'), head, rows: [...rows, ...errors] };
  },

  render(ctx, r) {
    const creators = ranked(r.creators);
    const shown = creators.slice(0, SHOWN_ROWS);
    const booked = new Set(r.selection?.rows ?? []);
    const money = (v, unit = ctx.currency) => format(v, 'money', ctx.lang, unit);
    const num = (v, kind) => (v === undefined ? '' : format(v, kind, ctx.lang, ctx.currency));
    const head = ['booked', 'score', 'name', 'platform', 'followers', 'tier', 'rate', 'price', 'flags']
      .map((k) => el('th', { scope: 'col' }, ctx.tr('shortlist.col.' + k, { currency: ctx.currency })));
    const rows = shown.map((c) => el('tr', { class: booked.has(c.row) ? 'booked' : null, 'data-row': c.row },
      el('td', { class: 'booked' }, booked.has(c.row) ? ctx.tr('shortlist.booked') : ''),
      el('td', { class: 'num' }, num(c.score, 'int')),
      el('th', { scope: 'row' }, c.name, el('span', { class: 'sub' }, ctx.tr('shortlist.row_n', { row: c.row }))),
      el('td', {}, platformName(ctx, c.platform)),
      el('td', { class: 'num' }, num(c.followers, 'int')),
      el('td', {}, tierName(ctx, c.tier)),
      el('td', {}, num(c.engagement_rate_pct, 'pct'), c.verdict ? el('span', { class: 'sub' }, ctx.tr('verdict.' + c.verdict.rating)) : null),
      el('td', {}, c.price === undefined ? '' : money(c.price),
        c.price_check ? el('span', { class: 'sub' }, priceCheck(ctx, c.price_check))
          : c.price_basis === 'published_typical' ? el('span', { class: 'sub' }, ctx.tr('shortlist.basis.published_typical')) : null),
      el('td', {}, c.flags.length ? el('ul', { class: 'flags' }, c.flags.map((f) => el('li', {}, flagText(ctx, f, c)))) : ctx.tr('shortlist.no_flags'))));
    return [
      rowErrors(ctx, r.row_errors),
      r.unknown_columns?.length ? el('p', { class: 'note' }, ctx.tr('shortlist.unknown_columns', { list: r.unknown_columns.join(', ') })) : null,
      el('p', { class: 'note' }, ctx.tr('shortlist.caption')),
      el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': ctx.tr('shortlist.table') },
        el('table', { class: 'roster' }, el('thead', {}, el('tr', {}, head)), el('tbody', {}, rows))),
      creators.length > shown.length ? el('p', { class: 'note', 'data-shown': '' }, ctx.tr('shortlist.shown', { shown: format(shown.length, 'int', ctx.lang), n: format(creators.length, 'int', ctx.lang) })) : null,
      selectionNotes(ctx, r),
    ];
  },
};

/** Highest score first; creators without a score last; ties in the sheet's order. */
function ranked(creators) {
  return [...creators].sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.row - b.row);
}

const goalName = (ctx, goal) => ctx.tr('shortlist.goal.' + goal);
const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const platformName = (ctx, id) => word(ctx, 'platform.' + id, id);
const tierName = (ctx, tier) => (tier ? word(ctx, 'tier.' + tier, tier) : '');

function priceCheck(ctx, check) {
  const f = (v) => format(v, 'money', ctx.lang, check.unit ?? ctx.currency);
  return ctx.tr('shortlist.price.' + check.rating, { range: `${f(check.low)}–${f(check.high)}` });
}

/** A flag in the page's words, with the creator's own figures; the core's words for a new code. */
function flagText(ctx, flag, c) {
  const n = (v, kind) => format(v, kind, ctx.lang, ctx.currency);
  switch (flag.code) {
    case 'engagement_suspiciously_low':
    case 'engagement_suspiciously_high': {
      const rating = flag.code.replace('engagement_', '');
      return `${ctx.tr('verdict.' + rating)}: ${ctx.tr('why.' + rating)}`;
    }
    case 'comments_do_not_fit_likes':
      if (c.comments_per_100_likes === undefined) break;
      return ctx.tr(c.comments_per_100_likes < 1 ? 'shortlist.flag.few_comments' : 'shortlist.flag.many_comments', { n: n(c.comments_per_100_likes, 'num') });
    case 'follower_jump':
      if (c.growth_pct_per_30_days === undefined) break;
      return ctx.tr('shortlist.flag.follower_jump', { n: n(c.growth_pct_per_30_days, 'pct') });
    case 'price_above_published':
      if (!c.price_check) break;
      return ctx.tr('shortlist.flag.price_above_published', { price: format(c.price, 'money', ctx.lang, c.price_check.unit ?? ctx.currency),
        range: priceCheck(ctx, { ...c.price_check, rating: 'range' }) });
    default:
  }
  return flag.message;
}

// A row's problem: the core's words (English, naming the cell's text), or per code in another
// language (shortlist.row.<code>: only nl has them).
function rowErrorText(ctx, e) {
  return word(ctx, 'shortlist.row.' + e.code, e.message);
}

/** Every row that was not read, by its spreadsheet row number and column. */
function rowErrors(ctx, errors) {
  if (!errors.length) return null;
  const rows = new Set(errors.map((e) => e.row)).size;
  const line = (e) => el('li', { 'data-row': e.row }, el('strong', {}, ctx.tr('shortlist.row_n', { row: e.row }) + (e.column ? `, ${e.column}` : '') + ': '), rowErrorText(ctx, e));
  return el('div', { class: 'row-errors', role: 'region', 'aria-label': ctx.tr('shortlist.rows_not_read') },
    el('p', {}, el('strong', {}, ctx.tr(rows === 1 ? 'shortlist.errors_title_one' : 'shortlist.errors_title', { n: format(rows, 'int', ctx.lang) }))),
    el('ul', {}, errors.slice(0, SHOWN_ERRORS).map(line)),
    errors.length > SHOWN_ERRORS ? el('p', { class: 'note' }, ctx.tr('shortlist.errors_more', { n: format(errors.length - SHOWN_ERRORS, 'int', ctx.lang) })) : null);
}

/** The answer: the set to book for the budget, or what the check found without one. */
function answerSentence(ctx, r) {
  const s = r.selection;
  const flagged = r.creators.filter((c) => c.flags.length).length;
  if (!s) return ctx.tr('shortlist.answer_no_budget', { n: format(r.creators.length, 'int', ctx.lang), flagged: format(flagged, 'int', ctx.lang) });
  const budget = format(s.budget, 'money', ctx.lang, ctx.currency);
  if (!s.names.length) return ctx.tr('shortlist.answer_none', { budget });
  return ctx.tr(s.names.length === 1 ? 'shortlist.answer_one' : 'shortlist.answer', {
    budget, n: format(s.names.length, 'int', ctx.lang), names: s.names.join(', '),
    exact: ctx.tr(s.exact ? 'shortlist.exact' : 'shortlist.not_exact'),
    spend: format(s.spend, 'money', ctx.lang, ctx.currency), value: format(s.value, 'int', ctx.lang), goal: goalName(ctx, s.goal),
  });
}

/** Under the table: the next-best set, who was left out of the booking and why, the link to compare. */
function selectionNotes(ctx, r) {
  const s = r.selection;
  if (!s) return el('p', { class: 'note' }, ctx.tr('shortlist.give_budget'));
  const money = (v) => format(v, 'money', ctx.lang, ctx.currency);
  const left = Object.entries(s.left_out ?? {}).filter(([, n]) => n > 0)
    .map(([why, n]) => ctx.tr('shortlist.left_out.' + why, { n: format(n, 'int', ctx.lang), goal: goalName(ctx, s.goal) }));
  const typical = (s.creators ?? []).filter((c) => c.price_basis === 'published_typical').map((c) => c.name);
  const link = compareLink(ctx, r);
  return el('div', { class: 'selection-notes' },
    s.next_best?.names.length ? el('p', { 'data-next-best': '' }, ctx.tr('shortlist.next_best', { names: s.next_best.names.join(', '),
      spend: money(s.next_best.spend), value: format(s.next_best.value, 'int', ctx.lang), goal: goalName(ctx, s.goal) })) : null,
    typical.length ? el('p', { class: 'note' }, ctx.tr('shortlist.typical_used', { names: typical.join(', ') })) : null,
    left.length ? el('p', { class: 'note' }, ctx.tr('shortlist.left_out', { list: left.join('; ') })) : null,
    link ? el('p', {}, el('a', { href: link.href, 'data-compare-link': '' }, ctx.tr('shortlist.compare_link')),
      link.total > link.count ? ` ${ctx.tr('shortlist.compare_first', { n: link.count, total: link.total })}` : null) : null);
}

/**
 * The booked creators as Micro vs macro's profiles (web/scenario.js format): one profile each
 * (label = name, followers, engagement rate, price per post, 1 creator), the best-valued first,
 * at most as many as that page compares.
 */
export function compareLink(ctx, r) {
  const s = r.selection;
  if (!s?.creators?.length) return null;
  const byRow = new Map(r.creators.map((c) => [c.row, c]));
  const booked = [...s.creators].sort((a, b) => (b.value ?? 0) - (a.value ?? 0)).slice(0, COMPARE_MAX_OPTIONS);
  const params = new URLSearchParams({ 'compare.budget': inputText(s.budget, ctx.lang) });
  const labels = new Set();
  booked.forEach((b, i) => {
    const c = byRow.get(b.row);
    let label = c.name.slice(0, 200);
    if (labels.has(label)) label = `${label} (${c.platform})`;
    labels.add(label);
    const at = `compare.options.${i}.`;
    params.set(at + 'label', label);
    params.set(at + 'tier', 'own');
    params.set(at + 'platform', PLATFORMS.includes(c.platform) ? c.platform : platform.value);
    params.set(at + 'followers', inputText(c.followers, ctx.lang));
    if (c.engagement_rate_pct !== undefined) params.set(at + 'engagement_rate_pct', inputText(Math.round(c.engagement_rate_pct * 100) / 100, ctx.lang));
    if (b.price !== undefined) params.set(at + 'price_per_post', inputText(b.price, ctx.lang));
    params.set(at + 'creators', '1');
  });
  params.set('lang', ctx.lang);
  params.set('cur', ctx.currency); // always: compare's own first-visit currency is USD, not this page's
  return { href: `../${toolById('compare').paths[ctx.lang]}/#${params}`, count: booked.length, total: s.creators.length };
}
