// The one number reader (web/numbers.js), in Node without a browser: every rule of its table in
// both languages, the refusals, the language-switch rewrite and the rounding shared by screen and CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertText, format, readList, readNumber, readRange, rounded } from '../../web/numbers.js';

const NUMBERS = [
  // text, lang, value (or error code)
  ['12k', 'en', 12000], ['12K', 'nl', 12000], ['5 k', 'en', 5000], ['1,2 mln', 'nl', 1.2e6], ['1.2m', 'en', 1.2e6],
  ['2 miljoen', 'nl', 2e6], ['3 million', 'en', 3e6], ['1,5 duizend', 'nl', 1500], ['2 mld', 'nl', 2e9], ['1bn', 'en', 1e9],
  ['80,000', 'en', 80000], ['80,000', 'nl', 80], ['80.000', 'nl', 80000], ['80.000', 'en', 80],
  ['1,234.5', 'en', 1234.5], ['1.234,5', 'nl', 1234.5], ['1,234,567', 'en', 1234567], ['1.234.567', 'nl', 1234567],
  ['1.5', 'en', 1.5], ['1,5', 'nl', 1.5], ['1.5', 'nl', 1.5], ['1,5', 'en', 1.5], ['0.125', 'en', 0.125], ['0,125', 'en', 0.125],
  ['1 500 000', 'en', 1.5e6], ['1\u00a0500', 'nl', 1500], ['€ 400', 'nl', 400], ['$5.13', 'en', 5.13], ['3%', 'en', 3],
  ['-5', 'en', -5], ['\u22123', 'nl', -3], ['.5', 'en', 0.5], ['0', 'en', 0], ['-0', 'en', 0], ['1,5k', 'en', 1500], ['1.5k', 'en', 1500],
  ['1,500k', 'en', 'ambiguous_number'], ['1.500k', 'nl', 'ambiguous_number'],
  ['abc', 'en', 'not_a_number'], ['NaN', 'en', 'not_a_number'], ['Infinity', 'nl', 'not_a_number'], ['1e400', 'en', 'not_a_number'],
  ['1.23.4', 'en', 'not_a_number'], ['1,2,3', 'en', 'not_a_number'], ['12q', 'en', 'not_a_number'], ['1.2.3,4,5', 'nl', 'not_a_number'],
];

for (const [text, lang, want] of NUMBERS) {
  test(`readNumber ${lang} "${text}"`, () => {
    assert.deepEqual(readNumber(text, lang), typeof want === 'number' ? { value: want } : { error: want });
  });
}

test('empty text is no number, not zero', () => {
  for (const text of ['', '   ', null, undefined]) assert.equal(readNumber(text, 'en'), null);
  assert.equal(readRange(' ', 'nl'), null);
  assert.equal(readList('; ;', 'en'), null);
});

const RANGES = [
  ['10-50k', 'en', [10000, 50000]], ['10k–50k', 'nl', [10000, 50000]], ['3-5', 'en', [3, 5]], ['€400-600', 'nl', [400, 600]],
  ['1,5-2,5', 'nl', [1.5, 2.5]], ['1.5-2.5', 'en', [1.5, 2.5]], ['10 to 20', 'en', [10, 20]], ['10 tot 20', 'nl', [10, 20]],
  ['150k - 300k', 'en', [150000, 300000]], ['1,500-2,500', 'en', [1500, 2500]], ['-5--3', 'en', [-5, -3]], ['3-1', 'en', [3, 1]],
  ['2', 'en', 2], ['1,500k-2,000k', 'en', 'ambiguous_number'], ['1-x', 'en', 'not_a_number'], ['-', 'en', 'not_a_number'],
];

for (const [text, lang, want] of RANGES) {
  test(`readRange ${lang} "${text}"`, () => {
    const expected = Array.isArray(want) ? { value: { low: want[0], high: want[1] } } : typeof want === 'number' ? { value: want } : { error: want };
    assert.deepEqual(readRange(text, lang), expected);
  });
}

test('lists: ; and line breaks separate; a thousands-marked single item is ambiguous; the cap stops reading', () => {
  assert.deepEqual(readList('40k; 25k; 60k', 'en'), { value: [40000, 25000, 60000] });
  assert.deepEqual(readList('40.000\n25.000', 'nl'), { value: [40000, 25000] });
  assert.deepEqual(readList('400,250,600', 'en'), { error: 'ambiguous_list' });
  assert.deepEqual(readList('400.250.600', 'nl'), { error: 'ambiguous_list' });
  assert.deepEqual(readList('40000', 'en'), { value: [40000] });
  assert.deepEqual(readList('5k; x', 'en'), { error: 'not_a_number' });
  const long = Array.from({ length: 3000 }, (_, i) => i + 1).join('; ');
  assert.equal(readList(long, 'en', 100).value.length, 101, 'one past the cap, so the core says too_many');
});

test('a language switch rewrites text without changing its value', () => {
  assert.equal(convertText('80,000', 'en', 'nl'), '80.000');
  assert.equal(convertText('1.500', 'nl', 'en'), '1,500');
  assert.equal(convertText('1,234.5', 'en', 'nl'), '1.234,5');
  assert.equal(convertText('0.8-1.5', 'en', 'nl', 'range'), '0,8-1,5');
  assert.equal(convertText('40,000; 25,000', 'en', 'nl', 'list'), '40.000; 25.000');
  assert.equal(convertText('12k', 'en', 'nl'), '12k');
  assert.equal(convertText('abc', 'en', 'nl'), 'abc');
  for (const [text, from, to, type] of [['80,000', 'en', 'nl'], ['1.500', 'nl', 'en'], ['1,5k', 'en', 'nl'], ['0,8-1,5', 'nl', 'en', 'range'],
    ['1.234.567,89', 'nl', 'en'], ['0.125', 'en', 'nl'], ['1,2 mln', 'nl', 'en']]) {
    const read = (t, l) => (type === 'range' ? readRange(t, l) : readNumber(t, l)).value;
    assert.deepEqual(read(convertText(text, from, to, type), to), read(text, from), `${text} ${from}→${to}`);
  }
});

test('format: one minus sign, one rounding rule, never NaN', () => {
  assert.equal(format(-82, 'pct', 'nl'), '\u221282%');
  assert.equal(format(102.5, 'pct', 'nl'), '102,5%');
  assert.equal(format(1, 'money', 'nl', 'EUR'), '€\u00a01,00');
  assert.equal(format(0.67, 'money', 'nl', 'EUR'), '€\u00a00,67');
  assert.equal(format(12.5, 'money', 'en', 'EUR'), '€12.50');
  assert.equal(format(1500, 'money', 'en', 'GBP'), '£1,500');
  assert.equal(format(1500, 'int', 'en', 'EUR', { grouping: false }), '1500');
  for (const bad of [NaN, Infinity, undefined, null, '3']) assert.equal(format(bad, 'num', 'en'), '—');
  assert.equal(rounded(0.08333333333333333, 'num'), 0.0833);
  assert.equal(rounded(416.6666, 'money'), 417);
  assert.equal(rounded(66.666, 'int'), 67);
});
