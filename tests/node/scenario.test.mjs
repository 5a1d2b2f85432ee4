// Scenario links (web/scenario.js), in Node without a browser: what a link writes, what it
// restores, and the links it refuses as a whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_LINK, MAX_VALUE, decodeScenario, encodeScenario } from '../../web/scenario.js';

// A small tool of the shape web/tools/*.js export: plain fields, a select and a list.
const tool = {
  id: 'demo',
  fields: [{ name: 'budget' }, { name: 'platform', type: 'select', options: ['instagram', 'tiktok'] }],
  list: { name: 'profiles', max: 3, fields: [{ name: 'label' }, { name: 'followers' }] },
};
const DEFAULTS = { budget: '5000', platform: 'instagram', profiles: [{ label: 'Micro', followers: '30000' }] };
const defaults = (lang) => ({ ...DEFAULTS, budget: lang === 'nl' ? '5.000' : '5000' });
const ctx = { tool, defaults, toolIds: ['demo', 'compare'], langs: ['en', 'nl'], currencies: ['EUR', 'USD', 'GBP'] };

test('only what differs from the defaults is written, with the language it is typed in', () => {
  assert.equal(encodeScenario(tool, DEFAULTS, DEFAULTS, { lang: 'en', currency: 'EUR' }), '');
  assert.equal(encodeScenario(tool, { ...DEFAULTS, budget: '7k' }, DEFAULTS, { lang: 'nl' }), 'demo.budget=7k&lang=nl');
  assert.equal(encodeScenario(tool, DEFAULTS, DEFAULTS, { lang: 'en', currency: 'USD' }), 'cur=USD');
  assert.equal(encodeScenario({ ...tool, currency: 'USD' }, DEFAULTS, DEFAULTS, { currency: 'USD' }), '');
  const list = encodeScenario(tool, { ...DEFAULTS, profiles: [{ label: 'A', followers: '1' }, { label: 'B' }] }, DEFAULTS, {});
  assert.equal(list, 'demo.profiles.0.label=A&demo.profiles.0.followers=1&demo.profiles.1.label=B&demo.profiles.1.followers=');
});

test('a link restores what it wrote', () => {
  const values = { budget: '1,5 mln', platform: 'tiktok', profiles: [{ label: 'Één & twee', followers: '10k' }, { label: 'B', followers: '' }] };
  const text = encodeScenario(tool, values, DEFAULTS, { lang: 'nl', currency: 'GBP' });
  assert.deepEqual(decodeScenario('#' + text, ctx), { values, lang: 'nl', currency: 'GBP' });
  // Fields the link leaves out come from the defaults of the language it was written in.
  assert.deepEqual(decodeScenario('#demo.platform=tiktok&lang=nl', ctx).values, { ...DEFAULTS, budget: '5.000', platform: 'tiktok' });
});

test('no "=" is no scenario; a link that is not ours is refused as a whole', () => {
  assert.deepEqual(decodeScenario('', ctx), { values: null });
  assert.deepEqual(decodeScenario('#main', ctx), { values: null });
  for (const bad of ['other.budget=1', 'demo.nothing=1', 'demo.platform=myspace', 'lang=fr', 'cur=BTC',
    'demo.profiles.3.label=x', 'demo.profiles.x.label=x', 'demo.profiles.0.price=1', 'demo.profiles.1.label=x',
    'demo.budget.0=1', 'demo.profiles.0.label.x=1', `demo.budget=${'9'.repeat(MAX_VALUE + 1)}`]) {
    assert.equal(decodeScenario(bad, ctx), null, bad);
  }
  // Another tool's fields (an old one-page link) are skipped, not refused.
  assert.equal(decodeScenario('compare.budget=1&demo.budget=2', ctx).values.budget, '2');
});

test('a scenario too long to share is no link', () => {
  assert.equal(encodeScenario(tool, { ...DEFAULTS, budget: '1'.repeat(MAX_VALUE + 1) }, DEFAULTS, {}), null);
  const many = { ...DEFAULTS, profiles: [0, 1, 2].map(() => ({ label: 'x'.repeat(MAX_VALUE), followers: '1' })) };
  // Each value is within MAX_VALUE; together, with their keys, they pass MAX_LINK.
  assert.ok(3 * (MAX_VALUE + 'demo.profiles.0.label='.length) > MAX_LINK);
  assert.equal(encodeScenario(tool, many, DEFAULTS, {}), null);
});
