// A tool page's entry, kept tiny so that it runs the moment it arrives: it starts the page's worker,
// which begins loading the tool's wasm module at once (named after the tool: wasm/modules.json),
// and then loads the page's own code (page.js, already preloaded), which takes the worker over.
// Started from page.js instead, the worker would wait for the page's whole code to load and run.
import { createBridge } from './worker-bridge.js';

const page = import('./page.js');
const worker = createBridge(new URL('worker.js', import.meta.url), () => page.then((p) => p.loadFailed()), document.body.dataset.tool);
worker.warm();
page.then((p) => p.startPage(worker));
