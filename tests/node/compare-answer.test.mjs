// The Micro vs macro sentence (web/tools/compare-answer.js) with the real translation files:
// wording per goal and language, ratios and chances as shown, ties said as ties, no chance for
// point inputs, and never "undefined" or "NaN" whatever the result lacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerSentence, chanceText, timesText } from '../../web/tools/compare-answer.js';
import en from '../../web/i18n/en.js';
import nl from '../../web/i18n/nl.js';

const ctxOf = (texts, lang) => ({ lang, currency: 'EUR',
  tr: (key, vars = {}) => String(texts[key] ?? key).replace(/\{(\w+)\}/g, (_, n) => vars[n] ?? '') });
const NL = ctxOf(nl, 'nl');
const EN = ctxOf(en, 'en');
const BROKEN = /\b(NaN|Infinity|undefined|null)\b|compare\./;

const result = (answer, options) => ({ budget: 5000, answer, options });
const MICRO = { label: 'Micro', creators: 10, engagements: 60000, unique_reach: 107338, reach: 110136 };
const MACRO = { label: 'Macro', creators: 1, engagements: 5000, unique_reach: 75000, reach: 75000 };

test('ratios and chances as the sentence shows them', () => {
  assert.equal(timesText(1.431, 'nl'), '1,4×');
  assert.equal(timesText(1.431, 'en'), '1.4×');
  assert.equal(timesText(12.3, 'nl'), '12×');
  assert.equal(chanceText(0.8291, 'nl'), '83%');
  assert.equal(chanceText(0.996, 'en'), '99%', 'not 100% unless certain');
  assert.equal(chanceText(0.004, 'en'), '1%', 'not 0% unless never');
  assert.equal(chanceText(1, 'en'), '100%');
});

test('unique reach with a chance and the engagements, in Dutch as the issue writes it', () => {
  const r = result({ goal: 'unique_reach', winner: 'Micro', runner_up: 'Macro', ratio: 1.431, probability: 0.8291 }, [MICRO, MACRO]);
  assert.equal(answerSentence(r, NL), 'Voor €\u00a05.000 bereikt Micro (10 creators) naar schatting 1,4× zoveel verschillende mensen als '
    + 'Macro (1 creator), met een kans van 83%, en krijgt 12× zoveel engagements.');
  assert.equal(answerSentence(r, EN), 'For €5,000, Micro (10 creators) reaches an estimated 1.4× as many different people as '
    + 'Macro (1 creator), with 83% probability, and gets 12× as many engagements.');
});

test('a winner on typical figures that is best in under half the outcomes is said to be uncertain', () => {
  const r = result({ goal: 'reach', winner: 'Micro', runner_up: 'Macro', ratio: 1.4, probability: 0.35 }, [MICRO, MACRO]);
  assert.match(answerSentence(r, EN), /Macro \(1 creator\), but wins only 35% of the simulations: too close to call\.$/);
  assert.match(answerSentence(r, NL), /maar wint maar 35% van de simulaties: te onzeker om te kiezen\.$/);
  assert.doesNotMatch(answerSentence(r, EN), /probability|engagements/);
});

test('point inputs: no chance; fewer engagements said as fewer', () => {
  const r = result({ goal: 'reach', winner: 'Macro', runner_up: 'Micro', ratio: 2 }, [MICRO, { ...MACRO, reach: 220272 }]);
  const text = answerSentence(r, EN);
  assert.doesNotMatch(text, /chance|%/);
  assert.match(text, /Macro \(1 creator\) gets an estimated 2× the reach .* of Micro \(10 creators\), but gets 12× fewer engagements\.$/);
  assert.doesNotMatch(answerSentence(r, NL), /kans/);
});

test('each goal has its own wording in both languages', () => {
  for (const goal of ['unique_reach', 'reach', 'engagements', 'cpe', 'cpm']) {
    const r = result({ goal, winner: 'Micro', runner_up: 'Macro', ratio: 3, probability: 0.7 }, [{ ...MICRO, cpe: 0.08, cpm: 45 }, { ...MACRO, cpe: 1, cpm: 67 }]);
    for (const ctx of [EN, NL]) {
      const text = answerSentence(r, ctx);
      assert.doesNotMatch(text, BROKEN, text);
      assert.match(text, /3×/);
      assert.match(text, /70%/);
    }
  }
  assert.match(answerSentence(result({ goal: 'cpe', winner: 'Micro', runner_up: 'Macro', ratio: 3 }, [MICRO, MACRO]), NL), /minder per engagement/);
});

test('a tie is a tie, nearly even is said so, one option and no creator at all', () => {
  const tie = answerSentence(result({ goal: 'engagements', winner: 'Micro', runner_up: 'Macro', ratio: 1 }, [MICRO, MACRO]), NL);
  assert.match(tie, /gelijkspel/);
  assert.doesNotMatch(tie, /1×|kans/);
  const close = answerSentence(result({ goal: 'engagements', winner: 'Micro', runner_up: 'Macro', ratio: 1.02, probability: 0.55 }, [MICRO, MACRO]), EN);
  assert.match(close, /nearly even .* slightly ahead, with 55% probability\.$/);
  const alone = answerSentence(result({ goal: 'engagements', winner: 'Micro' }, [MICRO]), EN);
  assert.equal(alone, 'For €5,000, Micro (10 creators): engagements 60,000.');
  const none = answerSentence(result({ goal: 'engagements' }, [{ ...MICRO, creators: 0 }]), NL);
  assert.match(none, /geen enkel profiel/);
  for (const text of [tie, close, alone, none]) assert.doesNotMatch(text, BROKEN);
});

test('engagements within the ratio\'s rounding are "about as many", never "1× as many" or "1× fewer"', () => {
  for (const other of [59000, 61500]) {  // 1.7% fewer, 2.5% more than Micro's 60,000
    const r = result({ goal: 'reach', winner: 'Micro', runner_up: 'Macro', ratio: 1.5 }, [MICRO, { ...MACRO, engagements: other }]);
    assert.match(answerSentence(r, EN), /Macro \(1 creator\), with about as many engagements\.$/);
    assert.match(answerSentence(r, NL), /met ongeveer evenveel engagements\.$/);
    assert.doesNotMatch(answerSentence(r, EN), /1×/);
  }
  const r = result({ goal: 'reach', winner: 'Micro', runner_up: 'Macro', ratio: 1.5 }, [MICRO, { ...MACRO, engagements: 56000 }]);
  assert.match(answerSentence(r, EN), /and gets 1\.1× as many engagements\.$/, '7% more is still a ratio');
});
