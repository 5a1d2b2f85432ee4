// Writes what scripts/fuzz starts from, into the folder given (build/fuzz):
//   seeds/   one file per request of tests/cases/contract.json (its text as the case gives it)
//   contract.dict   libFuzzer's dictionary: every key and text value of the contract cases and
//            of the property test's generator table (so a new kind or field joins by itself),
//            as JSON strings, plus numbers at the edges of what a double holds.
//   node tests/fuzz/prepare.mjs build/fuzz
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) throw new Error('usage: node tests/fuzz/prepare.mjs OUTDIR');
const read = (name) => JSON.parse(readFileSync(new URL(`../cases/${name}`, import.meta.url), 'utf8'));
const { cases } = read('contract.json');
const table = existsSync(new URL('../cases/generator.json', import.meta.url)) ? read('generator.json') : {};

mkdirSync(join(out, 'seeds'), { recursive: true });
cases.forEach((c, i) => {
  const text = c.request_text ?? JSON.stringify(c.request);
  if (text !== undefined) writeFileSync(join(out, 'seeds', `case-${String(i).padStart(3, '0')}.json`), text);
});

const words = new Set();
function collect(value) {
  if (typeof value === 'string') words.add(value.replace(/^\?/, ''));
  else if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      words.add(key.replace(/^\?/, ''));
      collect(v);
    }
  }
}
cases.forEach((c) => collect(c.request));
collect(table.kinds ?? {});
collect(table.values ?? {});
// libFuzzer's dictionary syntax: a quoted string with \\ and \" escapes and \xNN for other bytes.
const entry = (token) => `"${[...Buffer.from(token)].map((b) => (b === 0x22 || b === 0x5c ? `\\${String.fromCharCode(b)}`
  : b < 0x20 || b > 0x7e ? `\\x${b.toString(16).padStart(2, '0')}` : String.fromCharCode(b))).join('')}"`;
const tokens = [...words].filter((w) => w.length > 0 && w.length <= 40).map((w) => JSON.stringify(w));
tokens.push('-0', '-0.0', '1e-300', '5e-324', '1e308', '1.7976931348623157e308', '1e999', '9007199254740993',
  '18446744073709551616', '-9223372036854775809', '{"low":', '"typical":', '"high":', '[]', '{}', 'null', 'true', '"\\ud800"');
writeFileSync(join(out, 'contract.dict'), tokens.map(entry).join('\n') + '\n');
console.log(`prepare: ${cases.length} seeds, ${tokens.length} dictionary entries`);
