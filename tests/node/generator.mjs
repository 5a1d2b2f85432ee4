// The property test's request generator for JavaScript: an interpreter of tests/cases/generator.json
// that makes the same requests, byte for byte, as the one in tests/unit/unit-property.cpp (same
// random numbers, mulberry32, drawn in the same order); keep the two in step.
import { readFileSync } from 'node:fs';

export const table = JSON.parse(readFileSync(new URL('../cases/generator.json', import.meta.url), 'utf8'));
export const kinds = Object.keys(table.kinds);

// Every key the table can put in a request (an error may name one the request left out).
export const keys = new Set();
(function collect(value) {
  if (!value || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (!Array.isArray(value)) keys.add(key.replace(/^\?/, ''));
    collect(v);
  }
})(table);

/** The text of request number `index` of `seed`: kinds in turn, one in three "wild". */
export function request(seed, index) {
  let state = (seed ^ Math.imul(index, 0x9e3779b9)) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const pick = (n) => next() % n;
  const kind = kinds[index % kinds.length];
  const wild = pick(3) === 0;

  const number = (pool) => {
    if (!(pool in table.numbers)) throw new Error(`generator.json: no number pool ${pool}`);
    const from = wild && pick(4) === 0 ? table.numbers.extreme : table.numbers[pool];
    return from[pick(from.length)];
  };
  const generate = (g) => {
    if (typeof g === 'string') {
      if (g in table.numbers) return number(g);
      if (!(g in table.values)) throw new Error(`generator.json: no values entry ${g}`);
      return generate(table.values[g]);
    }
    if (Array.isArray(g)) return JSON.stringify(g[pick(g.length)]);
    if (g.object) {
      const parts = [];
      for (let [key, sub] of Object.entries(g.object)) {
        if (key.startsWith('?')) {
          if (pick(3) === 0) continue;
          key = key.slice(1);
        }
        parts.push(`${JSON.stringify(key)}:${generate(sub)}`);
      }
      return `{${parts.join(',')}}`;
    }
    if (g.list) {
      const n = g.lengths[pick(g.lengths.length)];
      const items = [];
      for (let i = 0; i < n; i++) items.push(generate(g.list));
      return `[${items.join(',')}]`;
    }
    if (g.range) {
      const shape = pick(3);
      if (shape === 0) return number(g.range);
      const v = [];
      for (let i = 0; i < shape + 1; i++) v.push(number(g.range));
      if (!(wild && pick(4) === 0)) { // insertion sort, ties kept in order (as in C++)
        for (let i = 1; i < v.length; i++) {
          for (let j = i; j > 0 && Number(v[j]) < Number(v[j - 1]); j--) [v[j], v[j - 1]] = [v[j - 1], v[j]];
        }
      }
      return shape === 1 ? `{"low":${v[0]},"high":${v[1]}}` : `{"low":${v[0]},"typical":${v[1]},"high":${v[2]}}`;
    }
    if (g.text) {
      const n = g.text[pick(g.text.length)];
      let out = '';
      for (let i = 0; i < n; i++) out += table.characters[pick(table.characters.length)];
      return JSON.stringify(out);
    }
    if (!g.one_of) throw new Error(`generator.json: unknown generator ${JSON.stringify(g)}`);
    return generate(g.one_of[pick(g.one_of.length)]);
  };

  const body = generate(table.kinds[kind]);
  const head = `{"kind":${JSON.stringify(kind)}`;
  return body === '{}' ? `${head}}` : `${head},${body.slice(1)}`;
}
