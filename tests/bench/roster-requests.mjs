// The roster benchmark requests, made reproducibly (a fixed seed): a Dutch spreadsheet copy of
// 10,000 creators, and a list of 500 creators with a budget of 100,000.
//   node tests/bench/roster-requests.mjs --write   → puts them into requests.json (replacing older copies)
import { readFileSync, writeFileSync } from 'node:fs';

function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

const PLATFORMS = ['Instagram', 'TikTok', 'YouTube', 'instagram'];
const nl = (n) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** A Dutch export: ';', thousands dots, decimal commas, quoted names, a few empty cells. */
export function rosterCsv(rows, seed = 1) {
  const r = random(seed);
  const lines = ['Naam;Platform;Volgers;Gem. likes;Reacties;Gedeeld;Bewaard;Prijs (€);Volgers vorige;Dagen'];
  for (let i = 0; i < rows; i++) {
    const followers = 1000 + Math.floor(r() ** 3 * 2_000_000);
    const likes = followers * (0.002 + r() * 0.05);
    const comments = likes * (0.005 + r() * 0.05);
    const price = r() < 0.7 ? (followers / 100) * (0.5 + r()) : null;
    lines.push([`"creator ${i}"`, PLATFORMS[i % 4], nl(followers), nl(likes), nl(comments), nl(likes * 0.02), nl(likes * 0.03),
      price === null ? '' : (Math.round(price * 100) / 100).toFixed(2).replace('.', ','),
      nl(followers * (0.8 + r() * 0.25)), 30].join(';'));
  }
  return lines.join('\r\n') + '\r\n';
}

/** 500 creators as a list (the other input), half with a quoted price. */
export function rosterList(count, seed = 2) {
  const r = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const followers = 2000 + Math.floor(r() ** 2 * 600_000);
    const c = { name: `creator ${i}`, platform: ['instagram', 'tiktok'][i % 2], followers,
      likes: Math.round(followers * (0.005 + r() * 0.05)), comments: Math.round(followers * r() * 0.002) };
    if (r() < 0.5) c.price = Math.round(followers / 100 * (0.5 + r()));
    return c;
  });
}

export const ROSTER_BENCHMARKS = [
  { name: 'roster: 10,000 rows read, checked, scored', goal_ms: 50,
    request: { kind: 'roster', csv: rosterCsv(10000) } },
  { name: 'roster: select among 500, budget 100,000', goal_ms: 100,
    request: { kind: 'roster', creators: rosterList(500), budget: 100000, goal: 'engagements' } },
];

if (process.argv.includes('--write')) {
  // Appended as one line each, below the hand-written benchmarks, which stay as they are.
  const url = new URL('./requests.json', import.meta.url);
  const kept = readFileSync(url, 'utf8').split('\n').filter((line) => !line.startsWith('    {"name":"roster:')).join('\n');
  const end = kept.lastIndexOf(']');
  const head = kept.slice(0, end).trimEnd().replace(/,$/, '');
  const lines = ROSTER_BENCHMARKS.map((b) => '    ' + JSON.stringify(b));
  writeFileSync(url, `${head},\n${lines.join(',\n')}\n  ]\n}\n`);
  JSON.parse(readFileSync(url, 'utf8'));  // still valid
}
