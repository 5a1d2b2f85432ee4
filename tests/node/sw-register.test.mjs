// web/sw-register.js in Node with a stand-in browser: where service workers are blocked the
// registration resolves without one (Playwright's serviceWorkers: 'block'), and the page must not
// throw (it did: "Cannot read properties of undefined (reading 'waiting')").
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('a registration that resolves without a worker is left alone, no error', async () => {
  const errors = [];
  process.on('unhandledRejection', (e) => errors.push(e));
  globalThis.window = { requestIdleCallback: (f) => setTimeout(f, 0) };
  globalThis.document = { readyState: 'complete' };
  globalThis.location = { protocol: 'http:' };
  let registered = 0;
  Object.defineProperty(globalThis, 'navigator', { configurable: true,
    value: { serviceWorker: { register: async () => { registered++; return undefined; }, controller: null, addEventListener() {} } } });
  const { registerServiceWorker } = await import('../../web/sw-register.js');
  registerServiceWorker({ url: 'http://localhost/sw.js', text: (k) => k });
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(registered, 1);
  assert.deepEqual(errors.map(String), []);
});
