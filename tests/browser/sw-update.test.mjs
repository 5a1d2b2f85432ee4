// A returning visitor gets a new deploy at the latest on the second load, never a mix of two builds,
// and the site works offline after the first visit. Two builds, A and B, are copies of dist/ with a
// marker in every page's HTML and in every script, and each its own service-worker
// manifest (scripts/sw-manifest.mjs, as the build writes it); build L runs the site's first service
// worker (tests/browser/fixtures/legacy-sw.js). One origin serves them with
// Cache-Control: max-age=600, as GitHub Pages does; switching a symlink from A to B is the deploy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCREENSHOTS, startBrowser } from './harness.mjs';
import { manifest, writeManifest } from '../../scripts/sw-manifest.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const AXE = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
// What the test looks at: the engagement-rate tool in each language, its answer and an input.
const PAGE = { en: '/en/engagement-rate/', nl: '/nl/engagementratio/' };
const RESULT = '#app .answer strong';
const FOLLOWERS = '#engagement-followers';
let tmp;
const live = () => join(tmp, 'live');

/** A copy of dist/ marked as build `name`: every page's HTML and every script the pages run say so. */
async function makeBuild(name) {
  const dir = join(tmp, name);
  await cp(DIST, dir, { recursive: true });
  const { files } = await manifest(dir);
  for (const file of Object.keys(files)) {
    const path = join(dir, file);
    if (file.endsWith('index.html')) {
      const html = await readFile(path, 'utf8');
      assert.ok(html.includes('<meta charset="utf-8">'), `${file} declares its charset`);
      await writeFile(path, html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n<meta name="build" content="${name}">`));
    } else if (/\.m?js$/.test(file)) {
      await appendFile(path, `\n;(globalThis.builds??={})[${JSON.stringify(file)}]=${JSON.stringify(name)};\n`);
    }
  }
  await writeManifest(dir);
}

async function deploy(name) {
  await rm(live(), { force: true });
  await symlink(join(tmp, name), live());
}

/** Build L: build A's files under the first service worker this site shipped (before 2026-11). */
async function makeLegacyBuild() {
  const dir = join(tmp, 'L');
  await makeBuild('L');
  const { files } = await manifest(dir);
  const legacy = await readFile(new URL('fixtures/legacy-sw.js', import.meta.url), 'utf8');
  await writeFile(join(dir, 'sw.js'), legacy.replace('__BUILD_VERSION__', 'legacy').replace('__BUILD_FILES__', JSON.stringify(Object.keys(files))));
}

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'estimator-sw-'));
  await makeBuild('A');
  await makeBuild('B');
  await makeLegacyBuild();
});
after(async () => { await rm(tmp, { recursive: true, force: true }); });

async function visit() {
  const browser = await startBrowser({ root: live(), cacheControl: 'max-age=600' });
  // Records whether the first result was on screen when the page registered its service worker.
  await browser.context.addInitScript((selector) => {
    window.RESULT = selector;
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      window.registeredAfterResult = !!document.querySelector(window.RESULT);
      return register.apply(this, args);
    };
  }, RESULT);
  return browser;
}

const firstResult = (page) => page.locator(RESULT).first().waitFor({ timeout: 15000 });

/** Which build the page's HTML and every script it ran came from: all must say the same. */
async function runs(page) {
  await firstResult(page);
  const { html, scripts } = await page.evaluate(() => ({ html: document.querySelector('meta[name=build]')?.content, scripts: window.builds }));
  assert.ok(html && Object.keys(scripts ?? {}).length, 'the page is a marked build');
  for (const [file, build] of Object.entries(scripts)) assert.equal(build, html, `${file} comes from the page's build`);
  return html;
}

/** Polls fn (which may be async) in the page until it returns true; waitForFunction takes a promise for true. */
async function until(page, fn, timeout = 15000) {
  for (const end = Date.now() + timeout; Date.now() < end; await page.waitForTimeout(100)) {
    if (await page.evaluate(fn) === true) return;
  }
  assert.fail(`not true within ${timeout} ms: ${fn}`);
}

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 15000 });

async function worksOffline(page, build) {
  await page.context().setOffline(true);
  try {
    await page.reload();
    assert.equal(await runs(page), build);
    const before = await page.locator(RESULT).textContent();
    // A value the field does not hold yet (the page keeps what was typed before the reload).
    await page.fill(FOLLOWERS, (await page.inputValue(FOLLOWERS)) === '3100' ? '3200' : '3100');
    await page.waitForFunction(([selector, old]) => document.querySelector(selector).textContent !== old, [RESULT, before]);
  } finally {
    await page.context().setOffline(false);
  }
}

test('a new deploy reaches a returning visitor on the second load, and offline works after each visit', async () => {
  await deploy('A');
  const browser = await visit();
  const sent = []; // files whose bytes the server sent (200, not 304)
  browser.server.on('request', (req, res) => res.on('finish', () => { if (res.statusCode === 200) sent.push(new URL(req.url, 'http://x').pathname); }));
  try {
    const page = await browser.open(PAGE.en);
    assert.equal(await runs(page), 'A');
    await controlled(page);
    assert.equal(await page.evaluate(() => window.registeredAfterResult), true, 'registered only after the first result');
    // The worker filled its cache from the HTTP cache: nothing the page loaded was downloaded twice.
    const twice = sent.filter((path, i) => sent.indexOf(path) !== i);
    assert.deepEqual(twice, [], 'downloaded twice on the first visit');
    await worksOffline(page, 'A');

    await deploy('B');
    await page.reload(); // first load after the deploy: the old build, whole, while B installs
    assert.equal(await runs(page), 'A');
    const notice = page.locator('.update-notice');
    await notice.waitFor({ timeout: 15000 });
    assert.equal(await notice.getAttribute('role'), 'status');
    assert.match(await notice.textContent(), /A new version of this page is ready\.\s*Reload/);

    const navigations = [];
    page.on('request', (r) => { if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations.push(r.url()); });
    await page.reload(); // second load: B
    await page.locator('meta[name=build][content=B]').waitFor({ state: 'attached', timeout: 15000 });
    assert.equal(await runs(page), 'B');
    await page.waitForTimeout(1000);
    assert.ok(navigations.length <= 2, `the reload and at most one more, not a loop: ${navigations}`);
    assert.equal(await page.locator('.update-notice').count(), 0);

    // Only B's files remain cached, exactly the manifest's list, and B works offline.
    const { version, files } = await manifest(join(tmp, 'B'));
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const keys = await (await caches.open(names[0])).keys();
      return { names, paths: keys.map((r) => new URL(r.url).pathname.slice(1)).sort() };
    });
    assert.deepEqual(cached, { names: [`estimator-site-${version}`], paths: Object.keys(files).sort() });
    await worksOffline(page, 'B');
    assert.deepEqual(page.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(p)), []);
  } finally {
    await browser.close();
  }
});

test('"a new version is ready" in the page\'s language, and its button loads the new version', async () => {
  await deploy('A');
  const browser = await visit();
  try {
    const page = await browser.open(PAGE.nl, { width: 375, height: 700 });
    assert.equal(await runs(page), 'A');
    await controlled(page);
    await deploy('B');
    await page.reload();
    assert.equal(await runs(page), 'A');
    const notice = page.locator('.update-notice');
    await notice.waitFor({ timeout: 15000 });
    assert.match(await notice.textContent(), /Er is een nieuwe versie van deze pagina\./);
    await page.evaluate(AXE); // through DevTools, as in quality.test.mjs
    const violations = await page.evaluate(async () => (await window.axe.run(document.querySelector('.update-notice'),
      { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })).violations.map((v) => v.id));
    assert.deepEqual(violations, []);
    await page.screenshot({ path: join(SCREENSHOTS, 'update-notice-nl-375.png') });
    const button = notice.getByRole('button', { name: 'Opnieuw laden' });
    await button.click();
    await page.locator('meta[name=build][content=B]').waitFor({ state: 'attached', timeout: 15000 });
    assert.equal(await runs(page), 'B');
  } finally {
    await browser.close();
  }
});

test('visitors of the first service worker (which never let a new one in on reload) get B on the second load too', async () => {
  await deploy('L');
  const browser = await visit();
  try {
    const page = await browser.open(PAGE.en);
    assert.equal(await runs(page), 'L');
    await controlled(page);
    await deploy('B');
    await page.reload();
    // The first worker cached pages under their file names, so it sends this navigation to the
    // network: B's page runs with L's cached scripts once. No later deploy can change that worker;
    // what B owes its visitors is the second load, whole.
    await firstResult(page);
    // B installs and, the first worker being active, takes over at once (its cache replaces the old).
    await until(page, async () => !(await caches.keys()).some((name) => name.startsWith('influencer-estimator-')));
    await page.reload();
    await page.locator('meta[name=build][content=B]').waitFor({ state: 'attached', timeout: 15000 });
    assert.equal(await runs(page), 'B');
  } finally {
    await browser.close();
  }
});
