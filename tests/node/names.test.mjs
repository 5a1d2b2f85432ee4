// The page's lists of platforms, formats and currencies (web/site.js) are the core's: each name is
// accepted by the module, the core accepts no other of its kind (the error lists exactly these),
// and the platforms are the dataset's, in its order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createEstimator } from '../../dist/estimator.js';
import { CURRENCIES, FORMATS, PLATFORMS } from '../../web/site.js';

const estimator = await createEstimator();
const dataset = JSON.parse(await readFile(new URL('../../core/data/benchmarks.json', import.meta.url), 'utf8'));
const errorOf = (request, field) => estimator.evaluate(request).errors?.find((e) => e.field === field);

test('the platforms are the dataset\'s, and the core names exactly them', () => {
  assert.deepEqual(PLATFORMS, dataset.platforms.map((p) => p.id));
  for (const platform of PLATFORMS) assert.equal(errorOf({ kind: 'reach', followers: 1000, platform, reach_rate_pct: 10 }, 'platform'), undefined, platform);
  const unknown = errorOf({ kind: 'reach', followers: 1000, platform: 'myspace' }, 'platform');
  assert.equal(unknown.code, 'unknown_platform');
  assert.ok(unknown.message.includes(PLATFORMS.join(', ')), unknown.message);
});

test('the formats and currencies are the ones the core accepts', () => {
  for (const format of FORMATS) assert.equal(errorOf({ kind: 'reach', followers: 1000, format, reach_rate_pct: 10 }, 'format'), undefined, format);
  assert.equal(errorOf({ kind: 'reach', followers: 1000, format: 'hologram' }, 'format').code, 'unknown_format');
  assert.match(errorOf({ kind: 'reach', followers: 1000, format: 'hologram' }, 'format').message, new RegExp(`${FORMATS.slice(0, -1).join(', ')} or ${FORMATS.at(-1)}`));
  for (const currency of CURRENCIES) assert.equal(errorOf({ kind: 'price', followers: 1000, currency }, 'currency'), undefined, currency);
  assert.equal(errorOf({ kind: 'price', followers: 1000, currency: 'BTC' }, 'currency').code, 'unknown_currency');
  assert.match(errorOf({ kind: 'price', followers: 1000, currency: 'BTC' }, 'currency').message, new RegExp(`${CURRENCIES.slice(0, -1).join(', ')} or ${CURRENCIES.at(-1)}`));
});
