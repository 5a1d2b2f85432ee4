// Reading numbers the way Dutch and English users type them, and formatting them with Intl.
// parseInput never throws: text it cannot read is returned as is, so the core names the field
// in its "not_a_number" error and nothing the user typed is lost.

const SCALES = [
  [/^(k|duizend|thousand)$/, 1e3],
  [/^(m|mln|mio|mn|miljoen|million|millions)$/, 1e6],
  [/^(mld|miljard|bn|billion)$/, 1e9],
];

/** "12k" → 12000, "1,2 mln" → 1200000, "1.234,5" (nl) → 1234.5, "" → undefined, "abc" → "abc". */
export function parseInput(text, lang = 'en') {
  const raw = String(text ?? '').trim();
  if (raw === '') return undefined;
  let s = raw.toLowerCase().replace(/[€$£%]/g, '').replace(/[\s\u00a0\u202f']/g, '');
  let scale = 1;
  const suffix = s.match(/[a-z]+$/);
  if (suffix) {
    const found = SCALES.find(([re]) => re.test(suffix[0]));
    if (!found) return raw;
    scale = found[1];
    s = s.slice(0, -suffix[0].length);
  }
  const sign = s.startsWith('-') ? -1 : 1;
  s = s.replace(/^[-+]/, '');
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return raw;
  const dots = (s.match(/\./g) || []).length;
  const commas = (s.match(/,/g) || []).length;
  let decimal = null;
  let thousands = null;
  if (dots && commas) {
    decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    thousands = decimal === '.' ? ',' : '.';
  } else if (dots + commas === 1) {
    const sep = dots ? '.' : ',';
    const after = s.length - s.indexOf(sep) - 1;
    // "1.234" is a thousand in Dutch and one point two in English; "1,2" and "1.25" are decimals.
    // ...but "0.125" is never a thousands group.
    const isThousands = after === 3 && sep === (lang === 'nl' ? '.' : ',') && scale === 1 && !/^0[.,]/.test(s);
    if (isThousands) thousands = sep;
    else decimal = sep;
  } else if (dots + commas > 1) {
    thousands = dots ? '.' : ',';
  }
  const parts = decimal ? s.split(decimal) : [s];
  if (parts.length > 2 || (parts[1] !== undefined && !/^\d+$/.test(parts[1]))) return raw;
  // Thousands groups must be groups of three: "1.23.4" is not a number.
  const groups = thousands ? parts[0].split(thousands) : [parts[0]];
  if (groups.some((g, i) => (i === 0 ? !/^\d{1,3}$/.test(g) && groups.length > 1 : g.length !== 3)) ||
      !/^\d*$/.test(groups.join(''))) return raw;
  const int = groups.join('');
  const frac = parts[1] ?? '';
  const value = Number(int + (frac ? '.' + frac : '')) * scale * sign;
  return Number.isFinite(value) ? value : raw;
}

const LOCALES = { en: 'en-GB', nl: 'nl-NL' };
const cache = new Map();
function formatter(lang, options) {
  const key = lang + JSON.stringify(options);
  if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(LOCALES[lang] ?? 'en-GB', options));
  return cache.get(key);
}

/** Formats a finite number; anything else becomes an em dash, never NaN or undefined. */
export function format(value, kind, lang = 'en', currency = 'EUR') {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  switch (kind) {
    case 'pct':
      return formatter(lang, { maximumFractionDigits: abs >= 10 ? 1 : 2 }).format(value) + '%';
    case 'money':
      return formatter(lang, abs >= 1 || abs === 0
        ? { style: 'currency', currency, currencyDisplay: 'narrowSymbol', ...(abs >= 1000 || Number.isInteger(value)
          ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 }) }
        : { style: 'currency', currency, currencyDisplay: 'narrowSymbol', maximumSignificantDigits: 2 }).format(value);
    case 'int':
      return formatter(lang, { maximumFractionDigits: 0 }).format(value);
    default:
      return formatter(lang, abs >= 100 ? { maximumFractionDigits: 0 }
        : abs >= 1 ? { maximumFractionDigits: 2 } : { maximumSignificantDigits: 3 }).format(value);
  }
}

/** "1-3", "1 – 3", "1 tot 3" → {low: 1, high: 3}; "2" → 2; "" → undefined; else the raw text. */
export function parseRange(text, lang = 'en') {
  const raw = String(text ?? '').trim();
  const parts = raw.split(/\s*(?:–|—|\.\.|\bto\b|\btot\b|(?<=[\d%a-zA-Z])\s*-\s*(?=[\d€$£]))\s*/);
  if (parts.length !== 2) return parseInput(raw, lang);
  // "10-20k": a scale written only after the second number applies to both.
  const suffix = /^[\d.,\s€$£]+$/.test(parts[0]) ? parts[1].match(/\s*[a-zA-Z]+$/)?.[0] ?? '' : '';
  const [low, high] = [parseInput(parts[0] + suffix, lang), parseInput(parts[1], lang)];
  return typeof low === 'number' && typeof high === 'number' ? { low, high } : raw;
}
