// A tiny element builder. Text always goes in as text nodes: user input is never parsed as HTML.
// Children that are null, undefined or false are left out here, in one place, so that no page
// ever prints the words "null" or "undefined" (DOM methods such as replaceChildren(null) would).

function children(list) {
  return list.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false)
    .map((c) => (typeof c === 'number' ? String(c) : c));
}

export function el(tag, attrs = {}, ...kids) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children(kids));
  return node;
}

/** node.replaceChildren without the nulls: the only way the site replaces content. */
export function replace(node, ...kids) {
  node.replaceChildren(...children(kids));
  return node;
}
