// Shared by the browser tests: serve dist/ on a free loopback port and drive Debian's headless
// Chromium with playwright-core. Records every request and CSP violation so tests can assert that
// nothing leaves the origin and the strict policy holds.
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
export const SCREENSHOTS = join(ROOT, 'test-results');

/** root: the folder served (dist/ by default); cacheControl: the header every file gets. */
export async function startBrowser({ root = join(ROOT, 'dist'), cacheControl } = {}) {
  const server = await serve(root, 0, '127.0.0.1', { cacheControl });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = await mkdtemp(join(tmpdir(), 'estimator-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    origin,
    context,
    server,
    /** A new page with its requests, console errors and CSP violations recorded. */
    async open(path = '/', { width = 1280, height = 900 } = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      page.requests = [];
      page.problems = [];
      page.on('request', (r) => page.requests.push(r.url()));
      page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.text())) page.problems.push(m.text()); });
      page.on('pageerror', (e) => page.problems.push(String(e)));
      awaitAnswers(page);
      await page.goto(path.startsWith('http') ? path : origin + path);
      return page;
    },
    async close() {
      await context.close();
      server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The tools answer from the worker, so an input's answer arrives after the input event. Each page
 * action that can change an input waits here until no answer is pending, so that a test reads the
 * answer to its latest input and never the one before (a race that only showed on a loaded machine).
 * A partial answer (the plan before its bands) is still pending: its simulated part is marked so.
 */
const PENDING = '#app .results.pending, #app .results .pending';
function awaitAnswers(page) {
  for (const name of ['fill', 'selectOption', 'check', 'uncheck', 'press', 'type']) {
    const act = page[name].bind(page);
    page[name] = async (...args) => {
      const done = await act(...args);
      await page.waitForFunction((pending) => !document.querySelector(pending), PENDING, { timeout: 20000 });
      return done;
    };
  }
}

/** Text of the whole page must never show these. */
export const BROKEN_VALUES = /\b(NaN|Infinity|undefined|null)\b/;

/** Opens a tool page and waits for its first answer (or its note that the input does not read). */
export async function openTool(browser, path, options) {
  const page = await browser.open(path, options);
  await page.locator('#app .results .metrics, #app .results .stale-note').first().waitFor({ timeout: 15000 });
  return page;
}

/** The headline answer of a tool page (the figure asked for). */
export const answer = (page) => page.locator('#app .answer strong');

/** Waits until a tool that computes in the worker (compare, plan) shows the answer to the latest input. */
export const settled = (page) => page.waitForFunction((pending) => !document.querySelector(pending), PENDING, { timeout: 20000 });
