// Every error code of the one list (core/contract/error_codes.hpp) is translated in both languages
// of the page (web/i18n/en.js, nl.js), or is on the fallback list below: codes the page's forms
// cannot cause (they send well-typed requests), shown with the core's English message if ever met.
// And every translated code is a code of the list (no dead keys such as a removed code).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import en from '../../web/i18n/en.js';
import nl from '../../web/i18n/nl.js';

const header = readFileSync(new URL('../../core/contract/error_codes.hpp', import.meta.url), 'utf8');
const CODES = [...header.matchAll(/^ {2}X\(([a-z_]+),/gm)].map((m) => m[1]);

// Shown with the core's (English) message: the page builds these inputs itself, from its own lists
// and typed fields, so a visitor cannot reach them.
const FALLBACK = new Set([
  'not_a_string', 'not_a_list', 'not_an_object', 'outside_range', 'below_lowest_tier', 'unknown_scheme',
  'unknown_platform', 'unknown_format', 'unknown_currency', 'unknown_tier', 'not_a_matrix', 'unknown_metric',
  'not_a_boolean', 'invalid_text', 'unknown_kind', 'invalid_json', 'internal_error',
]);

// A translation of a code: error.<code>, error.<code>.<field>, or (roster rows) shortlist.row.<code>.
const translates = (texts, code) =>
  Object.keys(texts).some((k) => k === `error.${code}` || k.startsWith(`error.${code}.`) || k === `shortlist.row.${code}`);

test('the list of codes is read from the registry', () => {
  assert.ok(CODES.length >= 40, `only ${CODES.length} codes read`);
  assert.ok(CODES.includes('must_be_positive') && CODES.includes('cancelled'));
});

test('every code is translated in en and nl, or consciously falls back', () => {
  for (const code of CODES) {
    if (FALLBACK.has(code)) continue;
    // Roster row errors are shown in English with the core's own message (web/tools/shortlist.js).
    const rowOnlyInEnglish = !translates(en, code) && Object.hasOwn(nl, `shortlist.row.${code}`);
    assert.ok(translates(en, code) || rowOnlyInEnglish, `en.js does not translate ${code}`);
    assert.ok(translates(nl, code), `nl.js does not translate ${code}`);
  }
});

test('the fallback list holds only codes of the registry that have no translation', () => {
  for (const code of FALLBACK) {
    assert.ok(CODES.includes(code), `${code} is not a code`);
    assert.ok(!translates(en, code) || !translates(nl, code), `${code} is translated now: take it off the fallback list`);
  }
});

test('every translated error names a code of the registry', () => {
  for (const texts of [en, nl]) {
    for (const key of Object.keys(texts)) {
      const m = /^(?:error|shortlist\.row)\.([a-z_]+)/.exec(key);
      if (m) assert.ok(CODES.includes(m[1]), `${key} translates ${m[1]}, which is not a code`);
    }
  }
});
