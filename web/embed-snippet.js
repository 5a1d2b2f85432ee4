// Embedding: the snippet for the current scenario, and an embedded page's height told to its host.
import { encodeScenario } from './scenario.js';
import { embedded, root, S } from './state.js';
import { defaults } from './values.js';

export function embedSnippet() {
  const base = new URL(root, location.href).href;
  const attr = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  const fragment = encodeScenario(S.tool, S.values, defaults(), {});
  return `<div data-influencer-calculator data-section="${S.tool.id}" data-lang="${S.lang}" data-currency="${S.currency}"` +
    (fragment ? ` data-scenario="${attr(fragment)}"` : '') + `></div>\n<script src="${attr(base)}embed.js" async></script>`;
}

export function reportSize() {
  if (!embedded || parent === window) return;
  // The document's own height, not scrollHeight: scrollHeight never drops below the frame's
  // height, so a frame could grow but never shrink.
  const post = () => parent.postMessage({ type: 'influencer-calculator:size',
    height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
