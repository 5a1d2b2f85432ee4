// Per tool page (every dist/**/index.html): the bytes a first visit loads (gzip -9 and brotli of
// every file the server sent for the page, its worker and the wasm: a visit with service workers
// blocked), then what the service worker precaches after the first result (the site's other
// pages' files, for offline use: counted apart, not in the page's goal), and the time to the first result
// in headless Chromium: unthrottled, on a throttled link (scripts/throttled-server.mjs: 1.6 Mbps,
// 150 ms round trips), and on that link with the CPU slowed 4× (DevTools' CPU throttling). Each
// visit is a fresh browser context: empty cache, no service worker. Used by bench.mjs.
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execFileSync } from 'node:child_process';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { serveThrottled, SLOW_4G, trustArgs } from '../../scripts/throttled-server.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
// A page has its first result when its results area holds an answer (web/page.js renders answers
// into `.results`; a `.stale-note` there means no answer). The one place to change if the page's
// markup changes.
const FIRST_RESULT = '.results > :not(.stale-note)';
const QUIET_MS = 1500;  // no request for this long after the first result: the visit is over
const UNTHROTTLED = { kbps: 1e7, rttMs: 0 };

export function gzipSize(bytes) {
  try {
    return execFileSync('gzip', ['-9c'], { input: bytes, maxBuffer: 1 << 26 }).length;
  } catch {
    return gzipSync(bytes, { level: 9 }).length;
  }
}
export const brotliSize = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Every tool page: dist-relative paths of index.html files, as URL paths ('/en/', '/en/plan/'). */
export function toolPages() {
  const walk = (dir) => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'examples' ? [] : walk(path);
    // A tool page computes (its body names its tool); the redirect and methodology pages do not.
    const tool = name === 'index.html' && /<body[^>]*data-tool=/.test(readFileSync(path, 'utf8'));
    return tool ? [relative(DIST, dir)] : [];
  });
  return walk(DIST).map((dir) => (dir ? `/${dir}/` : '/')).sort();
}

// Records performance.now() (ms since navigation start) when the first result appears.
function watchFirstResult(selector) {
  const check = () => {
    if (window.__firstResult === undefined && document.querySelector(selector)) window.__firstResult = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

async function visit(browser, server, path, { cpuSlowdown = 1, serviceWorkers = 'allow' } = {}) {
  const context = await browser.newContext({ serviceWorkers });
  const page = await context.newPage();
  await page.addInitScript(watchFirstResult, FIRST_RESULT);
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  server.reset();
  await page.goto(server.origin + path);
  // No result within a minute: reported as such (NaN: the goal missed), not a crash of the run.
  const ms = await page.waitForFunction(() => window.__firstResult !== undefined, null, { timeout: 60_000, polling: 50 })
    .then(() => page.evaluate(() => window.__firstResult), () => NaN);
  for (let count = -1; count !== server.served.length;) {  // until the network is quiet
    count = server.served.length;
    await page.waitForTimeout(QUIET_MS);
  }
  const files = [...new Set(server.served)];
  await context.close();
  return { ms, files };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** One row per tool page: { page, files, gzip, brotli, precache: {files, gzip}, ms: {fast, slow, slowCpu} }. */
export async function measurePages(runs = 3) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', ...trustArgs()],
  });
  const fast = await serveThrottled(DIST, UNTHROTTLED);
  const slow = await serveThrottled(DIST, SLOW_4G);
  const sizes = new Map();
  const size = (file) => {
    if (!sizes.has(file)) {
      const bytes = readFileSync(join(DIST, file));
      sizes.set(file, { gzip: gzipSize(bytes), brotli: brotliSize(bytes) });
    }
    return sizes.get(file);
  };
  const rows = [];
  const only = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES) : null;  // e.g. 'plan|shortlist'
  for (const page of toolPages().filter((p) => !only || only.test(p))) {
    process.stderr.write(`pages: ${page}\n`);
    const times = { fast: [], slow: [], slowCpu: [] };
    let files = [], all = [];
    for (let run = 0; run < runs; run++) {
      const fastVisit = await visit(browser, fast, page, { serviceWorkers: 'block' });
      times.fast.push(fastVisit.ms);
      files = fastVisit.files;
      const slowVisit = await visit(browser, slow, page);
      times.slow.push(slowVisit.ms);
      all = slowVisit.files;
      times.slowCpu.push((await visit(browser, slow, page, { cpuSlowdown: 4 })).ms);
    }
    const precached = all.filter((f) => !files.includes(f));  // fetched by the service worker alone
    rows.push({
      page,
      files,
      gzip: files.reduce((n, f) => n + size(f).gzip, 0),
      brotli: files.reduce((n, f) => n + size(f).brotli, 0),
      precache: { files: precached.length, gzip: precached.reduce((n, f) => n + size(f).gzip, 0) },
      ms: { fast: median(times.fast), slow: median(times.slow), slowCpu: median(times.slowCpu) },
    });
  }
  fast.close();
  slow.close();
  await browser.close();
  return rows;
}
