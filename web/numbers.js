// The one number reader and writer of the site, for both languages. Pure: runs in Node
// (tests/node/numbers.test.mjs) and in the page. The rules are the table below and the
// README's "Reading numbers" section; change both together.
//
// readNumber / readRange / readList answer { value } (a number, {low, high} or a list of
// numbers), { error: code } when the text is not a number or could mean two numbers, or null
// when the text is empty. They never guess: ambiguous text is refused with its own code.

/** Marks per language: the decimal mark, and the mark that groups thousands. */
export const MARKS = { en: { decimal: '.', group: ',' }, nl: { decimal: ',', group: '.' } };

/** Scale words and suffixes, in either language, case-insensitive, with or without a space. */
export const SCALES = [
  { factor: 1e3, words: ['k', 'duizend', 'thousand'] },
  { factor: 1e6, words: ['m', 'mln', 'mio', 'mn', 'miljoen', 'million', 'millions'] },
  { factor: 1e9, words: ['mld', 'miljard', 'bn', 'billion', 'billions'] },
];

/** Between the two ends of a range (a hyphen only after a digit, a scale word, % or a symbol). */
export const RANGE_DASHES = ['–', '—', '..', ' to ', ' tot ', '-'];
/** Between the items of a list (a comma is a thousands or decimal mark, never a list separator). */
export const LIST_SEPARATORS = [';', 'line break'];

const SYMBOLS = /[€$£%]/g;
const SPACES = /[\s\u00a0\u202f'’]+/g;
const SCALE_OF = new Map(SCALES.flatMap((s) => s.words.map((w) => [w, s.factor])));

const fail = (error) => ({ error });

/**
 * One number. "12k" → 12000, "1,2 mln" → 1200000, en "1,500" → 1500, nl "1.500" → 1500,
 * en "1.5" and nl "1,5" → 1.5, "€ 400" → 400, "−3" → −3; "" → null; "abc" → not_a_number;
 * en "1,500k" and nl "1.500k" → ambiguous_number (1.5 thousand, or 1,500 thousand?).
 */
export function readNumber(text, lang = 'en') {
  const raw = String(text ?? '').trim();
  if (raw === '') return null;
  const s = raw.toLowerCase().replace(/\u2212/g, '-').replace(SYMBOLS, '').replace(SPACES, '');
  const m = /^([+-]?)(\d[\d.,]*)([a-z]*)$/.exec(s) ?? /^([+-]?)([.,]\d+)([a-z]*)$/.exec(s);
  if (!m) return fail('not_a_number');
  const [, sign, body, word] = m;
  const factor = word ? SCALE_OF.get(word) : 1;
  if (!factor) return fail('not_a_number');
  const digits = plainDigits(body, MARKS[lang] ?? MARKS.en, factor !== 1);
  if (digits.error) return digits;
  const value = Number(digits.text) * factor * (sign === '-' ? -1 : 1);
  return Number.isFinite(value) ? { value: value === 0 ? 0 : value } : fail('not_a_number');
}

// "1.234,5" → "1234.5". Thousands groups must be groups of three after a first group of 1-3
// digits; a decimal mark appears at most once and last.
function plainDigits(body, marks, scaled) {
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  let decimal = null;
  if (dots && commas) decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 1) {
    const mark = dots ? '.' : ',';
    const [head, tail] = body.split(mark);
    const couldGroup = tail.length === 3 && /^[1-9]\d{0,2}$/.test(head);
    if (couldGroup && mark === marks.group) {
      // "1,500k" (en): 1,500 thousand by the rules, but often meant as 1.5 thousand.
      if (scaled) return fail('ambiguous_number');
    } else decimal = mark;
  }
  const [whole, fraction, extra] = decimal ? body.split(decimal) : [body];
  if (extra !== undefined || (fraction !== undefined && !/^\d+$/.test(fraction))) return fail('not_a_number');
  const group = [...'.,'].find((c) => c !== decimal && whole.includes(c));
  if (group) {
    const groups = whole.split(group);
    if (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return fail('not_a_number');
  } else if (!/^\d*$/.test(whole)) return fail('not_a_number');
  return { text: (group ? whole.split(group).join('') : whole || '0') + (fraction ? '.' + fraction : '') };
}

const DASH = /^(.*?[\d%a-z€$£])\s*(?:–|—|\.\.|\s(?:to|tot)\s|-)\s*([-+\u2212]?[\d€$£.,].*)$/i;

/**
 * A number or a range: "3-5", "10-50k" (the scale applies to both ends), "10k–50k", "€400-600",
 * nl "1,5-2,5", en "1.5-2.5", "10 to 20" → {low, high}; "2" → 2.
 */
export function readRange(text, lang = 'en') {
  const raw = String(text ?? '').trim();
  if (raw === '') return null;
  const m = DASH.exec(raw);
  if (!m) return readNumber(raw, lang);
  let [, first, second] = m;
  const scale = /[a-z]+$/i.exec(second.trim())?.[0] ?? '';
  if (scale && !/[a-z]$/i.test(first)) first += scale;
  const [low, high] = [readNumber(first, lang), readNumber(second, lang)];
  if (low?.error === 'ambiguous_number' || high?.error === 'ambiguous_number') return fail('ambiguous_number');
  if (!low || !high || low.error || high.error) return fail('not_a_number');
  return { value: { low: low.value, high: high.value } };
}

/**
 * A list separated by ";" or line breaks: "40k; 25k; 60k" → [40000, 25000, 60000]. At most max
 * items are read and one more kept, so the core still says "too many" without the page reading
 * thousands. A single item written with thousands marks ("400,250,600" in English) is refused as
 * ambiguous_list: three numbers, or one?
 */
export function readList(text, lang = 'en', max = 100) {
  const raw = String(text ?? '');
  const items = [];
  for (const part of raw.split(/[;\n\r]+/)) {
    if (part.trim() && items.push(part.trim()) > max) break;
  }
  if (!items.length) return null;
  const values = [];
  for (const item of items) {
    const read = readNumber(item, lang);
    if (read.error) return read;
    values.push(read.value);
  }
  if (items.length === 1 && /\d[.,]\d{3}([.,]|$)/.test(items[0]) && readNumber(items[0], lang).value >= 1000) {
    return fail('ambiguous_list');
  }
  return { value: values };
}

/** Reads a field's text by its type: number (default), range or list. */
export function readField(text, lang, type = 'number', max) {
  if (type === 'range') return readRange(text, lang);
  if (type === 'list') return readList(text, lang, max);
  return readNumber(text, lang);
}

const LOCALES = { en: 'en-GB', nl: 'nl-NL' };
const cache = new Map();
function formatter(lang, options) {
  const key = lang + JSON.stringify(options);
  if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(LOCALES[lang] ?? 'en-GB', options));
  return cache.get(key);
}

/** A number as a visitor of lang would type it: nl 80000 → "80.000", en 1.5 → "1.5". */
export function inputText(value, lang = 'en') {
  if (typeof value === 'number') return formatter(lang, { maximumFractionDigits: 10 }).format(value).replace(/\u2212/g, '-');
  if (Array.isArray(value)) return value.map((v) => inputText(v, lang)).join('; ');
  if (value && typeof value === 'object') return `${inputText(value.low, lang)}–${inputText(value.high, lang)}`;
  return '';
}

/**
 * The text a visitor typed in one language, rewritten for another without changing its value:
 * en "80,000" → nl "80.000"; "12k" stays "12k". Text that does not read is left as typed.
 */
export function convertText(text, from, to, type = 'number') {
  if (from === to || !/[.,]/.test(String(text ?? ''))) return text;
  const read = readField(text, from, type, Infinity);
  if (!read || read.error) return text;
  const same = (candidate) => JSON.stringify(readField(candidate, to, type, Infinity)?.value) === JSON.stringify(read.value);
  const swapped = String(text).replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
  if (same(swapped)) return swapped;
  return inputText(read.value, to);
}

const MINUS = (text) => text.replace(/^-/, '\u2212').replace(/-(?=\d)/, '\u2212');

/**
 * Formats a finite number for the screen (and, without grouping, for CSV); anything else becomes
 * an em dash, never NaN or undefined. kind: num, int, pct, money. Negative numbers get a minus
 * sign (−), so a range reads "−82% – 102.5%" with one kind of dash between its ends.
 */
export function format(value, kind, lang = 'en', currency = 'EUR', { grouping = true, like } = {}) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  // like: the smallest amount shown next to this one, so that both get the same decimals.
  const text = formatter(lang, { ...digits(like ?? value, kind, currency), useGrouping: grouping }).format(value);
  return MINUS(kind === 'pct' ? text + '%' : text);
}

// How many digits each kind shows: the one rounding rule for the screen, the CSV and charts.
function digits(value, kind, currency) {
  const abs = Math.abs(value);
  switch (kind) {
    case 'pct':
      return { maximumFractionDigits: abs >= 10 ? 1 : 2 };
    case 'money':
      // Under 100 always two decimals (€1.00 next to €0.67), from 100 whole amounts.
      return { style: 'currency', currency, currencyDisplay: 'narrowSymbol',
        ...(abs >= 100 ? { maximumFractionDigits: 0 } : abs >= 0.01 || abs === 0 ? { minimumFractionDigits: 2, maximumFractionDigits: 2 }
          : { maximumSignificantDigits: 2 }) };
    case 'int':
      return { maximumFractionDigits: 0 };
    default:
      return abs >= 100 ? { maximumFractionDigits: 0 } : abs >= 1 ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 3 };
  }
}

/** The value whose decimals a group of amounts shown together should share: the smallest. */
export const smallest = (values) => Math.min(...values.filter((v) => typeof v === 'number' && Number.isFinite(v)).map(Math.abs));

/** A number rounded as format() shows it, as a plain number (for CSV cells and tests). */
export function rounded(value, kind, like) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const { style, currency, currencyDisplay, ...options } = digits(like ?? value, kind, 'EUR');
  return Number(formatter('en', { ...options, useGrouping: false }).format(value));
}
