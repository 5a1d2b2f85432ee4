/* Influencer calculator embed: <script src="https://HOST/PATH/embed.js" async></script> turns each
 * <div data-influencer-calculator data-section data-lang data-currency data-scenario data-height>
 * into a self-sizing iframe of the calculator in this script's folder. No globals, no HTML parsing. */
(function () {
  'use strict';
  var ATTR = 'data-influencer-calculator';
  var DONE = ATTR + '-ready';
  // Filled in by scripts/build from web/site.js: every tool's section name, the languages, currencies.
  var SECTIONS = __SECTIONS__;
  var LANGS = __LANGS__;
  var CURRENCIES = __CURRENCIES__;
  var TITLES = { nl: 'Influencercalculator', en: 'Influencer calculator' };
  var MIN = 100, MAX = 20000, DEFAULT_HEIGHT = 640;

  // Captured synchronously: document.currentScript is only set while this script first runs.
  var script = document.currentScript;
  if (!script || !/\bembed\.js([?#]|$)/.test(script.src || '')) {
    var all = document.getElementsByTagName('script');
    script = null;
    for (var i = all.length - 1; i >= 0 && !script; i--) {
      if (/\bembed\.js([?#]|$)/.test(all[i].src || '')) script = all[i];
    }
  }
  if (!script || typeof URL !== 'function') return;
  var base;
  try { base = new URL('.', script.src); } catch (e) { return; }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return;
  var origin = base.origin;
  var mine = new WeakSet(); // the iframes this copy created: only they may resize themselves

  function pick(el, name, allowed, upper) {
    var v = (el.getAttribute(name) || '').trim();
    v = upper ? v.toUpperCase() : v.toLowerCase();
    return allowed.indexOf(v) >= 0 ? v : '';
  }

  function clamp(h) {
    return typeof h === 'number' && isFinite(h) && h >= MIN && h <= MAX ? Math.ceil(h) : 0;
  }

  function mount(el) {
    if (el.hasAttribute(DONE)) return;
    el.setAttribute(DONE, '');
    var section = pick(el, 'data-section', SECTIONS) || 'compare';
    var lang = pick(el, 'data-lang', LANGS);
    var currency = pick(el, 'data-currency', CURRENCIES, true);
    var scenario = (el.getAttribute('data-scenario') || '').replace(/^#/, '').slice(0, 8000);
    var height = clamp(parseFloat(el.getAttribute('data-height'))) || DEFAULT_HEIGHT;

    var url = new URL('index.html', base);
    url.searchParams.set('embed', '1');
    url.searchParams.set('section', section);
    if (lang) url.searchParams.set('lang', lang);
    if (currency) url.searchParams.set('currency', currency);
    if (scenario) url.hash = scenario;

    var pageLang = (el.closest('[lang]') || document.documentElement).getAttribute('lang') || '';
    var frame = document.createElement('iframe');
    frame.title = TITLES[lang || (/^nl\b/i.test(pageLang) ? 'nl' : 'en')];
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    var s = frame.style;
    s.display = 'block';
    s.width = '100%';
    s.maxWidth = '100%';
    s.border = '0';
    s.height = height + 'px';
    frame.src = url.href;

    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(frame);
    mine.add(frame);
  }

  function scan(root) {
    if (root.nodeType !== 1) return;
    if (root.hasAttribute(ATTR)) mount(root);
    var found = root.querySelectorAll('[' + ATTR + ']:not([' + DONE + '])');
    for (var i = 0; i < found.length; i++) mount(found[i]);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'influencer-calculator:size') return;
    var h = clamp(data.height);
    if (!h) return;
    var all = document.getElementsByTagName('iframe');
    for (var i = 0; i < all.length; i++) {
      if (event.source && all[i].contentWindow === event.source && mine.has(all[i])) {
        all[i].style.height = h + 'px';
        return;
      }
    }
  });

  function start() {
    scan(document.documentElement);
    if (typeof MutationObserver !== 'function') return;
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        var added = records[i].addedNodes;
        for (var j = 0; j < added.length; j++) scan(added[j]);
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
