// The Micro vs macro answer in one sentence, from the core's `answer` (goal, winner, runner_up,
// ratio, probability) and the options' typical numbers. Pure (texts and formats come in), so it
// is tested in Node (tests/node/compare-answer.test.mjs). Wording per goal; a tie is said as a
// tie; no probability unless the core gave one (it does only when some input is a range).
import { format } from '../numbers.js';

/** A ratio as the sentence shows it: under 10 with one decimal (nl "1,4×"), from 10 whole ("12×"). */
export function timesText(ratio, lang) {
  const shown = ratio < 10 ? Math.round(ratio * 10) / 10 : Math.round(ratio);
  return format(shown, 'num', lang) + '×';
}

/** A chance 0..1 as a whole percentage ("83%"); 0% and 100% only when exactly so. */
export function chanceText(p, lang) {
  const pct = p > 0 && p < 0.01 ? 1 : p < 1 && p > 0.99 ? 99 : Math.round(p * 100);
  return format(pct, 'int', lang) + '%';
}

const who = (o, tr, lang) => tr(o.creators === 1 ? 'compare.who_one' : 'compare.who_many', { label: o.label, n: format(o.creators, 'int', lang) });

// For goals about reach, the second half of the sentence: the engagements of the same two options.
function engagementsClause(w, r, tr, lang) {
  if (!(w.engagements > 0) || !(r.engagements > 0)) return '';
  if (w.engagements === r.engagements) return tr('compare.engagements_same');
  // Within the rounding of the ratio ("1.0×"): "1× as many" or "1× fewer" would read as nonsense.
  if (Math.max(w.engagements, r.engagements) / Math.min(w.engagements, r.engagements) < 1.05) return tr('compare.engagements_about');
  return w.engagements > r.engagements
    ? tr('compare.engagements_more', { ratio: timesText(w.engagements / r.engagements, lang) })
    : tr('compare.engagements_fewer', { ratio: timesText(r.engagements / w.engagements, lang) });
}

/**
 * result: compare's result; tr(key, vars): the page's texts; lang, currency. Returns the sentence
 * (always text: never "undefined" or "NaN", whatever the result lacks).
 */
export function answerSentence(result, { tr, lang, currency }) {
  const a = result.answer ?? {};
  const budget = format(result.budget, 'money', lang, currency);
  const byLabel = (label) => result.options.find((o) => o.label === label);
  const winner = a.winner !== undefined ? byLabel(a.winner) : null;
  if (!winner) return tr('compare.none', { budget });
  const goal = tr('compare.goal.' + a.goal);
  const runner = a.runner_up !== undefined ? byLabel(a.runner_up) : null;
  if (!runner) {
    const kind = a.goal === 'cpe' || a.goal === 'cpm' ? 'money' : 'int';
    return tr('compare.alone', { budget, winner: who(winner, tr, lang), goal, value: format(winner[a.goal], kind, lang, currency) });
  }
  const vars = { budget, winner: who(winner, tr, lang), runner: who(runner, tr, lang), goal };
  if (!(a.ratio > 1)) return tr('compare.tie', vars);
  // A winner on the typical figures that is best in under half of the simulated outcomes is said to
  // be uncertain, never given "a chance of 35%" as if that backed it.
  const uncertain = typeof a.probability === 'number' && a.probability < 0.5;
  const chance = typeof a.probability === 'number'
    ? tr(uncertain ? 'compare.chance_low' : 'compare.chance', { p: chanceText(a.probability, lang) }) : '';
  // Ahead by less than the sentence's rounding shows ("1,0×"): said as nearly even.
  if (a.ratio < 1.05) return tr('compare.close', { ...vars, chance });
  const more = !uncertain && (a.goal === 'unique_reach' || a.goal === 'reach' || a.goal === 'cpm') ? engagementsClause(winner, runner, tr, lang) : '';
  return tr('compare.answer.' + a.goal, { ...vars, ratio: timesText(a.ratio, lang), chance }) + (more || '.');
}
