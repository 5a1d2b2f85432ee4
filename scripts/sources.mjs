// Writes dist/sources.json: each source of the dataset by id with only what a citation on a tool
// page shows (publisher, title, year or undated, grade, sample). The tool pages fetch this (about
// 2.8 KB gzipped) instead of the whole dataset (about 10 KB gzipped, which the methodology pages read).
//   node scripts/sources.mjs <dataset.json> <out.json>
import { readFile, writeFile } from 'node:fs/promises';

const SHOWN = ['publisher', 'title', 'year', 'undated', 'kind', 'sample'];
const [from, to] = process.argv.slice(2);
const { sources } = JSON.parse(await readFile(from, 'utf8'));
const shown = Object.fromEntries(Object.entries(sources).map(([id, source]) =>
  [id, Object.fromEntries(SHOWN.filter((key) => key in source).map((key) => [key, source[key]]))]));
await writeFile(to, JSON.stringify({ sources: shown }));
