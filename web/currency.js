// Switching the page's currency: typed amounts are kept, or converted at a rate the visitor gives.
import { el, replace } from './dom.js';
import { buildForm } from './form.js';
import { inputText, readField, readNumber } from './numbers.js';
import { hooks, prefs, S, say, tr } from './state.js';
import { allFields } from './values.js';

const moneyPaths = () => allFields().filter(({ field, text }) => field.money && String(text ?? '').trim());

export function setCurrency(next, feedback) {
  const before = S.currency;
  S.currency = next;
  prefs.setItem('currency', next);
  buildForm();
  hooks.changed();
  if (!moneyPaths().length || before === next) return replace(feedback);
  // Typed amounts are kept and read in the new currency; the visitor may convert them at a rate.
  const rateId = 'currency-rate';
  const rate = el('input', { id: rateId, type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  replace(feedback, el('p', {}, tr('currency_kept', { from: before, to: next })),
    el('label', { for: rateId }, tr('currency_rate', { from: before, to: next })), rate,
    el('button', { type: 'button', onclick: () => {
      const r = readNumber(rate.value, S.lang);
      if (!r || r.error || !(r.value > 0)) return say(feedback.querySelector('p'), tr('currency_rate_bad'));
      for (const { path, field } of moneyPaths()) convertMoney(path, field, r.value);
      buildForm();
      hooks.changed();
      replace(feedback, el('p', {}, tr('currency_converted', { from: before, to: next })));
    } }, tr('currency_convert')));
}

function convertMoney(path, field, rate) {
  const parts = path.split('.');
  const holder = parts.length === 1 ? S.values : S.values[parts[0]][Number(parts[1])];
  const name = parts.at(-1);
  const read = readField(holder[name], S.lang, field.type);
  if (!read || read.error) return;
  const times = (v) => Math.round(v * rate * 100) / 100;
  holder[name] = inputText(typeof read.value === 'number' ? times(read.value) : { low: times(read.value.low), high: times(read.value.high) }, S.lang);
}
