// The one-line embed (web/embed.js) on the example blog post (web/examples/blog.html): it turns each
// placeholder into an iframe of the calculator with the right parameters, the iframe grows to fit
// the calculator's content, only the calculator's own frames may resize themselves, nothing leaves
// the origin, and the loader stays small.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SCREENSHOTS, startBrowser } from './harness.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const BLOG = '/examples/blog.html';
const TYPE = 'influencer-calculator:size';

let browser;
before(async () => { browser = await startBrowser(); await recordInitialHeights(); });
after(async () => { await browser?.close(); });

/** Records, in the blog page, the height each iframe had when it was inserted (before any message). */
async function recordInitialHeights() {
  await browser.context.addInitScript(() => {
    if (window !== window.top) return;
    window.__firstHeights = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeName === 'IFRAME') window.__firstHeights.push({ src: node.src, height: node.style.height });
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}
const initialHeights = (page) => page.evaluate(() => window.__firstHeights);

/** Polls fn until it returns { ok: true, ... } or timeout ms pass; returns the last value. */
async function until(fn, timeout = 10_000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last.ok) return last;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return last;
}

const heightOf = (locator) => locator.evaluate((f) => f.getBoundingClientRect().height);

/** Scrolls the (lazy) iframe into view, waits for its section to render, returns its Frame. */
async function rendered(page, index, section) {
  const iframe = page.locator('iframe').nth(index);
  await iframe.scrollIntoViewIfNeeded();
  await page.frameLocator(`iframe >> nth=${index}`).locator(`body[data-tool="${section}"] #app .results .metrics`).first()
    .waitFor({ timeout: 15_000 });
  return (await iframe.elementHandle()).contentFrame();
}

/** Waits until the iframe fits its document and has kept the same height for half a second. */
async function steady(page, index, frame) {
  let previous = null;
  let stableSince = Date.now();
  return until(async () => {
    const fit = await fits(page, index, frame);
    if (!previous || fit.height !== previous.height) stableSince = Date.now();
    previous = fit;
    return { ...fit, ok: fit.ok && Date.now() - stableSince >= 500 };
  }, 20_000);
}

/** Waits until the iframe's height matches its document's height (±4 px). */
async function fits(page, index, frame, { not } = {}) {
  const iframe = page.locator('iframe').nth(index);
  return until(async () => {
    const height = await heightOf(iframe);
    const scroll = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    return { ok: Math.abs(height - scroll) <= 4 && height !== not, height, scroll };
  });
}

const EXPECTED = [
  { section: 'compare', lang: 'nl', currency: 'USD', hash: '#compare.budget=5000' },
  { section: 'engagement', lang: 'nl', currency: null, hash: '' },
];

for (const width of [375, 1280]) {
  test(`blog at ${width} px: two iframes with the right parameters that grow to fit`, async () => {
    const page = await browser.open(BLOG, { width, height: 900 });
    const frames = page.locator('[data-influencer-calculator] > iframe');
    await frames.nth(1).waitFor({ state: 'attached' });
    assert.equal(await page.locator('iframe').count(), 2);

    for (const [i, want] of EXPECTED.entries()) {
      const iframe = frames.nth(i);
      const src = new URL(await iframe.getAttribute('src'));
      assert.equal(src.origin, browser.origin, 'the calculator comes from where embed.js came from');
      assert.equal(src.pathname, '/index.html');
      assert.equal(src.searchParams.get('embed'), '1');
      assert.equal(src.searchParams.get('section'), want.section);
      assert.equal(src.searchParams.get('lang'), want.lang);
      assert.equal(src.searchParams.get('currency'), want.currency);
      assert.equal(src.hash, want.hash);
      assert.equal(await iframe.getAttribute('title'), 'Influencercalculator');
      assert.equal(await iframe.getAttribute('loading'), 'lazy');
      assert.deepEqual((await initialHeights(page))[i], { src: src.href, height: '640px' },
        'the default height is reserved before the calculator loads');
      const gap = await iframe.evaluate((f) => f.parentElement.clientWidth - f.getBoundingClientRect().width);
      assert.ok(Math.abs(gap) <= 1, `the iframe fills its container (gap ${gap}px)`);
    }

    const settled = [];
    for (const [i, want] of EXPECTED.entries()) {
      const frame = await rendered(page, i, want.section);
      const fit = await fits(page, i, frame, { not: 640 });
      assert.ok(fit.ok, `${want.section}: iframe height ${fit.height}px, content scrollHeight ${fit.scroll}px ` +
        '(expected the height to change from 640 to the content height)');
      const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${want.section}: horizontal overflow of ${overflow}px inside the iframe`);
      if (want.section === 'compare') {
        assert.equal(await frame.inputValue('#compare-budget'), '5000', 'data-scenario presets the calculator');
        assert.equal(new URL(frame.url()).pathname, '/nl/micro-of-macro/', 'the old loader address reaches the tool page');
      }
      settled.push({ frame, height: fit.height });
    }

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px on the blog at ${width}px`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, `embed-blog-${width}.png`), fullPage: true });

    // Content that grows later (here: 300 px appended by the test) is followed too. The height to
    // return to is measured once the frame has stopped changing: on a loaded machine a part of the
    // page that arrives late (citations, a simulated section) can still grow it after the first fit.
    const { frame } = settled[0];
    const { height } = await steady(page, 0, frame);
    await frame.evaluate(() => {
      const block = document.createElement('div');
      block.id = 'embed-test-filler';
      block.style.height = '300px';
      document.body.append(block);
    });
    const grown = await fits(page, 0, frame, { not: height });
    assert.ok(grown.ok && grown.height > height, `after growing by 300px: iframe ${grown.height}px, content ${grown.scroll}px`);
    // ...and content that shrinks again: no blank gap is left in the blog post.
    await frame.evaluate(() => document.getElementById('embed-test-filler').remove());
    const shrunk = await fits(page, 0, frame, { not: grown.height });
    assert.ok(shrunk.ok && Math.abs(shrunk.height - height) <= 4, `after shrinking: iframe ${shrunk.height}px, was ${height}px`);

    const foreign = page.requests.filter((u) => !u.startsWith(browser.origin) && !u.startsWith('data:') &&
      !u.startsWith('about:'));
    assert.deepEqual(foreign, [], 'no request leaves the origin');
    assert.deepEqual(page.problems, [], 'no console errors or CSP violations');
    await page.close();
  });
}

test('only the calculator frames, from the calculator origin, with a sane height, can resize', async () => {
  const page = await browser.open(BLOG);
  const frame = await rendered(page, 0, 'compare');
  await fits(page, 0, frame, { not: 640 });
  await rendered(page, 1, 'engagement');
  await fits(page, 1, await (await page.locator('iframe').nth(1).elementHandle()).contentFrame(), { not: 640 });
  const own = page.locator('[data-influencer-calculator] > iframe');
  const heights = () => own.evaluateAll((fs) => fs.map((f) => f.getBoundingClientRect().height));
  const before = await heights();

  // The right shape, from the blog's own window: same origin, but not one of the loader's frames.
  await page.evaluate((type) => window.postMessage({ type, height: 1234 }, '*'), TYPE);
  await page.waitForTimeout(300);
  assert.deepEqual(await heights(), before, 'a message from the blog window resized an iframe');

  // Synthetic events: from a same-origin iframe the loader did not create; from the loader's frame
  // but a foreign origin; from the loader's frame and origin with heights out of range, not
  // numbers, or the wrong type.
  const result = await page.evaluate(({ type, origin }) => {
    const own = [...document.querySelectorAll('[data-influencer-calculator] > iframe')];
    const stranger = document.createElement('iframe');
    document.body.append(stranger);
    const strangerBefore = stranger.getBoundingClientRect().height;
    const send = (data, from = origin, source = own[0].contentWindow) =>
      window.dispatchEvent(new MessageEvent('message', { data, origin: from, source }));
    send({ type, height: 1234 }, origin, stranger.contentWindow);
    send({ type, height: 1234 }, origin, null);
    send({ type, height: 1234 }, 'https://evil.example');
    send({ type, height: 1234 }, 'null');
    for (const height of [99, 20001, NaN, Infinity, -500, '900', null, undefined]) send({ type, height });
    send({ type: 'something-else', height: 1234 });
    send(JSON.stringify({ type, height: 1234 }));
    send(null);
    const unchanged = own.map((f) => f.getBoundingClientRect().height);
    // Positive control: the same path with everything right does resize, rounding up.
    send({ type, height: 777.2 });
    const strangerAfter = stranger.getBoundingClientRect().height;
    return { unchanged, strangerBefore, strangerAfter, control: own[0].style.height };
  }, { type: TYPE, origin: browser.origin });
  assert.deepEqual(result.unchanged, before, 'a bad message resized an iframe');
  assert.equal(result.strangerAfter, result.strangerBefore, 'an iframe the loader did not create was resized');
  assert.equal(result.control, '778px', 'a good message from the frame itself resizes it');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('loading embed.js twice does not double-process; later placeholders are picked up; bad values are dropped', async () => {
  const page = await browser.open(BLOG);
  await page.locator('iframe').nth(1).waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.src = '../embed.js';
    document.head.append(script);
    const article = document.querySelector('article');
    const later = document.createElement('div');
    later.id = 'later';
    later.setAttribute('data-influencer-calculator', '');
    later.setAttribute('data-section', ' Price ');
    later.setAttribute('data-lang', 'EN');
    later.setAttribute('data-currency', 'usd');
    later.setAttribute('data-height', '300');
    later.textContent = 'Fallback text that the loader replaces.';
    const hostile = document.createElement('div');
    hostile.id = 'hostile';
    hostile.setAttribute('data-influencer-calculator', '');
    hostile.setAttribute('data-section', '"><img src=x onerror=alert(1)>');
    hostile.setAttribute('data-lang', 'de');
    hostile.setAttribute('data-currency', 'JPY');
    hostile.setAttribute('data-height', '5');
    hostile.setAttribute('data-scenario', '#a=1&b="<b>"');
    article.append(later, hostile);
  });
  await page.locator('#hostile iframe').waitFor({ state: 'attached' });
  await page.waitForTimeout(300); // the second copy of the loader has run by now
  assert.equal(await page.locator('iframe').count(), 4);
  for (const container of await page.locator('[data-influencer-calculator]').all()) {
    assert.equal(await container.locator('iframe').count(), 1, 'one iframe per placeholder');
  }
  assert.equal(await page.locator('#later').innerText(), '', 'the fallback content is replaced');

  const later = new URL(await page.locator('#later iframe').getAttribute('src'));
  assert.equal(later.searchParams.get('section'), 'price');
  assert.equal(later.searchParams.get('lang'), 'en');
  assert.equal(later.searchParams.get('currency'), 'USD');
  assert.equal(await page.locator('#later iframe').getAttribute('title'), 'Influencer calculator');
  const first = await initialHeights(page);
  assert.equal(first.length, 4);
  assert.equal(first[2].height, '300px', 'data-height sets the initial height');

  const hostile = new URL(await page.locator('#hostile iframe').getAttribute('src'));
  assert.equal(hostile.searchParams.get('section'), 'compare', 'an unknown section falls back to compare');
  assert.equal(hostile.searchParams.get('lang'), null);
  assert.equal(hostile.searchParams.get('currency'), null);
  assert.equal(decodeURIComponent(hostile.hash), '#a=1&b="<b>"');
  assert.equal(first[3].height, '640px', 'an out-of-range data-height is ignored');
  assert.equal(await page.locator('img').count(), 0, 'no attribute value was parsed as HTML');

  const names = await page.evaluate(() => Object.keys(window).filter((k) => /influencer|embed/i.test(k)));
  assert.deepEqual(names, [], 'the loader adds no globals');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('embed.js is at most 5 KB gzipped', async () => {
  const source = await readFile(join(ROOT, 'dist', 'embed.js'));
  const size = gzipSync(source, { level: 9 }).length;
  assert.ok(size <= 5 * 1024, `embed.js is ${size} bytes gzipped`);
});
