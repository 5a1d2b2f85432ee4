// Small SVG charts: a range bar (low–high, typical, and your value) and the side-by-side
// comparison of options. Styled with attributes, not CSS, so a downloaded SVG looks the same.
// Text is set with textContent only.

const NS = 'http://www.w3.org/2000/svg';
const INK = '#1b1f24', MUTED = '#4a5360', BAR = '#9ec5ee', ACCENT = '#0b5cad', GOOD = '#0a6b3b', TRACK = '#e6e9ee';
const WIDTH = 320;

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function frame(height, title) {
  const root = svg('svg', { xmlns: NS, viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', class: 'chart',
    'font-family': 'system-ui, sans-serif', 'font-size': 11 });
  root.append(svg('title', {}, title));
  return root;
}

const clampX = (x) => Math.min(Math.max(x, 4), WIDTH - 4);

/**
 * range: {low, typical, high}; marker: a value to show against it (optional); fmt: number → text.
 * The axis always holds 0 so that widths compare honestly; a range below zero extends it to the
 * left, and a range that crosses zero gets a zero line.
 */
export function rangeBar({ range, marker, fmt, title, markerLabel }) {
  const values = [range.low, range.high, ...(Number.isFinite(marker) ? [marker] : [])];
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const pad = (top - bottom) * 0.06 || 1;
  const lo = bottom < 0 ? bottom - pad : 0, hi = top > 0 ? top + pad : 0;
  const x = (v) => clampX(4 + ((v - lo) / (hi - lo || 1)) * (WIDTH - 8));
  const root = frame(58, title);
  root.append(svg('rect', { x: 4, y: 24, width: WIDTH - 8, height: 10, rx: 5, fill: TRACK }));
  const x0 = x(range.low), x1 = x(range.high);
  root.append(svg('rect', { x: x0, y: 24, width: Math.max(x1 - x0, 3), height: 10, rx: 5, fill: BAR }));
  if (lo < 0 && hi > 0) root.append(svg('rect', { class: 'zero-line', x: x(0) - 0.75, y: 18, width: 1.5, height: 22, fill: INK }));
  if (Number.isFinite(range.typical)) root.append(svg('rect', { x: x(range.typical) - 1, y: 21, width: 2, height: 16, fill: ACCENT }));
  const lowText = fmt(range.low), highText = fmt(range.high);
  if (x1 - x0 < 70 || range.low === range.high) {
    root.append(svg('text', { x: (x0 + x1) / 2, y: 50, 'text-anchor': anchorFor((x0 + x1) / 2), fill: MUTED },
      range.low === range.high ? lowText : `${lowText} – ${highText}`));
  } else {
    root.append(svg('text', { x: x0, y: 50, 'text-anchor': anchorFor(x0, 'start'), fill: MUTED }, lowText));
    root.append(svg('text', { x: x1, y: 50, 'text-anchor': anchorFor(x1, 'end'), fill: MUTED }, highText));
  }
  if (Number.isFinite(marker)) {
    const xm = x(marker);
    root.append(svg('path', { d: `M${xm - 5} 12 L${xm + 5} 12 L${xm} 20 Z`, fill: INK }));
    root.append(svg('text', { x: xm, y: 9, 'text-anchor': anchorFor(xm), fill: INK, 'font-weight': 600 }, markerLabel));
  }
  return root;
}

function anchorFor(x, preferred = 'middle') {
  if (x < 40) return 'start';
  if (x > WIDTH - 40) return 'end';
  return preferred;
}

/** rows: [{title, values: [{label, value, text, best}]}] — one bar per option, per metric. */
export function comparisonChart({ rows, title }) {
  const bar = 14, gap = 4, head = 16;
  const height = rows.reduce((h, r) => h + head + r.values.length * (bar + gap) + 6, 4);
  const root = frame(height, title);
  let y = 4;
  for (const row of rows) {
    root.append(svg('text', { x: 4, y: y + 11, fill: INK, 'font-weight': 600 }, row.title));
    y += head;
    const max = Math.max(...row.values.map((v) => v.value), 0) || 1;
    for (const v of row.values) {
      const w = Math.max(((WIDTH - 150) * v.value) / max, v.value > 0 ? 2 : 0);
      root.append(svg('text', { x: 4, y: y + 11, fill: MUTED }, v.label.length > 14 ? v.label.slice(0, 13) + '…' : v.label));
      root.append(svg('rect', { x: 90, y, width: w, height: bar, rx: 3, fill: v.best ? GOOD : BAR }));
      root.append(svg('text', { x: 94 + w, y: y + 11, fill: v.best ? GOOD : INK, 'font-weight': v.best ? 700 : 400 }, v.text));
      y += bar + gap;
    }
    y += 6;
  }
  return root;
}

/** rows: [{label, p10, p50, p90, best}] on one axis from 0: the 80% band and its median. */
export function bandChart({ rows, fmt, title }) {
  const height = 8 + rows.length * 30;
  const root = frame(height, title);
  const top = Math.max(...rows.map((r) => r.p90), 0) * 1.1 || 1;
  const x = (v) => 90 + (v / top) * (WIDTH - 100);
  rows.forEach((r, i) => {
    const y = 6 + i * 30;
    root.append(svg('text', { x: 4, y: y + 12, fill: INK }, r.label.length > 13 ? r.label.slice(0, 12) + '…' : r.label));
    root.append(svg('rect', { x: 90, y: y + 3, width: WIDTH - 100, height: 12, rx: 6, fill: TRACK }));
    root.append(svg('rect', { x: x(r.p10), y: y + 3, width: Math.max(x(r.p90) - x(r.p10), 3), height: 12, rx: 6, fill: r.best ? GOOD : BAR }));
    root.append(svg('rect', { x: x(r.p50) - 1, y, width: 2, height: 18, fill: INK }));
    root.append(svg('text', { x: WIDTH - 4, y: y + 27, 'text-anchor': 'end', fill: MUTED, 'font-size': 10 },
      `${fmt(r.p10)} – ${fmt(r.p90)} (p50 ${fmt(r.p50)})`));
  });
  return root;
}

// --- Downloads --------------------------------------------------------------------------------

function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(text, name, type) {
  save(new Blob([text], { type }), name);
}

// A downloaded chart stands on its own: a title and unit line above, the source line below.
function svgText(node, { title = '', unit = '', source = '' } = {}) {
  const copy = node.cloneNode(true);
  const box = node.viewBox.baseVal;
  const head = 34, foot = 18;
  copy.setAttribute('viewBox', `0 ${-head} ${box.width} ${box.height + head + foot}`);
  copy.setAttribute('width', box.width * 2);
  copy.setAttribute('height', (box.height + head + foot) * 2);
  copy.insertBefore(svg('rect', { x: 0, y: -head, width: '100%', height: box.height + head + foot, fill: '#fff' }), copy.children[1]);
  copy.append(svg('text', { x: 4, y: -head + 13, fill: INK, 'font-weight': 700, 'font-size': 12 }, title));
  if (unit) copy.append(svg('text', { x: 4, y: -head + 27, fill: MUTED }, unit));
  copy.append(svg('text', { x: 4, y: box.height + 13, fill: MUTED, 'font-size': 9 }, source));
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(node, name, caption) {
  downloadText(svgText(node, caption), name + '.svg', 'image/svg+xml');
}

export function downloadPng(node, name, caption) {
  const text = svgText(node, caption);
  const image = new Image();
  image.onload = () => {
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
    canvas.getContext('2d').drawImage(image, 0, 0);
    canvas.toBlob((blob) => blob && save(blob, name + '.png'), 'image/png');
  };
  image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text);
}
