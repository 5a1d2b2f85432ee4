// A returning visitor gets a new deploy at the latest on the second load, never a mix of two builds,
// and the site works offline after the first visit. Two builds, A and B, are copies of dist/ with a
// visible marker (in index.html and in the page's code, app.js) and each its own service-worker
// manifest (scripts/sw-manifest.mjs, as the build writes it). One origin serves them with
// Cache-Control: max-age=600, as GitHub Pages does; switching a symlink from A to B is the deploy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowser } from './harness.mjs';
import { manifest, writeManifest } from '../../scripts/sw-manifest.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
// The tagline's first words in each language (web/i18n.js): the page's code shows them.
const TAGLINES = ['Engagement, reach, cost and micro versus macro', 'Engagement, bereik, kosten en micro tegenover macro'];
let tmp;
const live = () => join(tmp, 'live');

async function makeBuild(name) {
  const dir = join(tmp, name);
  await cp(DIST, dir, { recursive: true });
  const html = join(dir, 'index.html');
  await writeFile(html, (await readFile(html, 'utf8')).replace('<meta charset="utf-8">', `<meta charset="utf-8">\n<meta name="build" content="${name}">`));
  const app = join(dir, 'app.js');
  let code = await readFile(app, 'utf8');
  for (const tagline of TAGLINES) {
    assert.equal(code.split(tagline).length, 2, `app.js holds "${tagline}" once`);
    code = code.replace(tagline, `[build ${name}] ${tagline}`);
  }
  await writeFile(app, code);
  await writeManifest(dir);
}

async function deploy(name) {
  await rm(live(), { force: true });
  await symlink(join(tmp, name), live());
}

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'estimator-sw-'));
  await makeBuild('A');
  await makeBuild('B');
});
after(async () => { await rm(tmp, { recursive: true, force: true }); });

async function visit() {
  const browser = await startBrowser({ root: live(), cacheControl: 'max-age=600' });
  // Records whether the first result was on screen when the page registered its service worker.
  await browser.context.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      window.registeredAfterResult = !!document.querySelector('#panel-engagement .metric.headline dd');
      return register.apply(this, args);
    };
  });
  return browser;
}

const firstResult = (page) => page.locator('#panel-engagement .metric.headline dd').first().waitFor({ timeout: 15000 });

/** Which build the page's HTML and its code came from: both must say the same. */
async function runs(page) {
  await firstResult(page);
  const [html, code] = await page.evaluate(() => [document.querySelector('meta[name=build]')?.content,
    document.getElementById('tagline').textContent.match(/^\[build (\w)\]/)?.[1]]);
  assert.equal(html, code, `the page's HTML (${html}) and its code (${code}) come from one build`);
  return html;
}

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 15000 });

async function worksOffline(page, build) {
  await page.context().setOffline(true);
  try {
    await page.reload();
    assert.equal(await runs(page), build);
    await page.fill('#engagement-followers', '3100');
    await page.waitForFunction(() => /11\.6%/.test(document.querySelector('#panel-engagement .metric.headline dd').textContent));
  } finally {
    await page.context().setOffline(false);
  }
}

test('a new deploy reaches a returning visitor on the second load, and offline works after each visit', async () => {
  await deploy('A');
  const browser = await visit();
  try {
    const page = await browser.open('/?lang=en');
    assert.equal(await runs(page), 'A');
    await controlled(page);
    assert.equal(await page.evaluate(() => window.registeredAfterResult), true, 'registered only after the first result');
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
    assert.deepEqual(cached, { names: [`influencer-estimator-${version}`], paths: Object.keys(files).sort() });
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
    const page = await browser.open('/?lang=nl');
    assert.equal(await runs(page), 'A');
    await controlled(page);
    await deploy('B');
    await page.reload();
    assert.equal(await runs(page), 'A');
    const notice = page.locator('.update-notice');
    await notice.waitFor({ timeout: 15000 });
    assert.match(await notice.textContent(), /Er is een nieuwe versie van deze pagina\./);
    const button = notice.getByRole('button', { name: 'Opnieuw laden' });
    await button.click();
    await page.locator('meta[name=build][content=B]').waitFor({ state: 'attached', timeout: 15000 });
    assert.equal(await runs(page), 'B');
  } finally {
    await browser.close();
  }
});
