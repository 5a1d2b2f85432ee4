// The page's side of the worker (web/worker-bridge.js), in Node with a stand-in Worker: every job
// settles (answered, replaced by a newer one, or failed with the worker), and progress and late
// answers reach only the job they belong to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CANCELLED, createBridge } from '../../web/worker-bridge.js';

// Records what the page posts; the test plays the worker's side through answer/progress/fail.
class FakeWorker {
  static all = [];
  constructor(url, options) {
    this.url = url;
    this.options = options;
    this.posted = [];
    FakeWorker.all.push(this);
  }
  postMessage(data) { this.posted.push(data); }
  answer(id, answer) { this.onmessage({ data: { id, answer } }); }
  progress(id, progress) { this.onmessage({ data: { id, progress } }); }
  partial(id, partial) { this.onmessage({ data: { id, partial } }); }
  fail() { this.onerror(new Event('error')); }
}
globalThis.Worker = FakeWorker;

const settled = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve('pending'), 20))]);

test('a newer job on a channel settles the older one as cancelled and tells the worker to stop it', async () => {
  FakeWorker.all = [];
  const bridge = createBridge('worker.js');
  const first = bridge.run({ kind: 'plan' });
  const second = bridge.run({ kind: 'plan', budget: 2 });
  const other = bridge.run({ kind: 'tier' }, { channel: 'prepare' });
  const worker = FakeWorker.all[0];
  assert.equal(FakeWorker.all.length, 1, 'one worker for every job');
  assert.deepEqual(worker.options, { type: 'module', name: '' });
  assert.equal(await settled(first), CANCELLED);
  assert.equal(CANCELLED.errors[0].code, 'cancelled');
  assert.deepEqual(worker.posted.map((m) => m.cancel ?? m.request.kind), ['plan', 1, 'plan', 'tier']);
  worker.answer(1, { ok: true, late: true }); // the stopped job's answer arrives after all: ignored
  worker.answer(2, { ok: true, result: 2 });
  assert.deepEqual(await second, { ok: true, result: 2 });
  assert.equal(await settled(other), 'pending', 'another channel is not cancelled');
  worker.answer(3, { ok: true, result: 3 });
  assert.deepEqual(await other, { ok: true, result: 3 });
});

test('progress reaches only the running job; cancel() settles a channel without a new job', async () => {
  FakeWorker.all = [];
  const bridge = createBridge('worker.js');
  const seen = [];
  const job = bridge.run({ kind: 'plan' }, { onProgress: (p) => seen.push(p) });
  const worker = FakeWorker.all[0];
  worker.progress(1, 0.25);
  worker.progress(1, 0.5);
  bridge.cancel('main');
  worker.progress(1, 0.75); // after the cancel: no one listens
  assert.deepEqual(seen, [0.25, 0.5]);
  assert.equal(await settled(job), CANCELLED);
  assert.deepEqual(worker.posted.at(-1), { cancel: 1 });
});

test('a worker that fails settles every job with internal_error, and the next job starts a new worker', async () => {
  FakeWorker.all = [];
  let failures = 0;
  const bridge = createBridge('worker.js', () => failures++);
  const jobs = [bridge.run({ kind: 'plan' }), bridge.run({ kind: 'tier' }, { channel: 'prepare' })];
  FakeWorker.all[0].fail();
  for (const answer of await Promise.all(jobs)) {
    assert.equal(answer.ok, false);
    assert.equal(answer.errors[0].code, 'internal_error');
  }
  assert.equal(failures, 1);
  const again = bridge.run({ kind: 'tier' });
  assert.equal(FakeWorker.all.length, 2, 'a new worker');
  FakeWorker.all[1].answer(3, { ok: true });
  assert.deepEqual(await again, { ok: true });
});

test('a partial answer reaches its job\'s onPartial before the answer, and only while the job runs', async () => {
  FakeWorker.all = [];
  const bridge = createBridge('worker.js');
  const seen = [];
  const onPartial = (partial) => seen.push(partial);
  const first = bridge.run({ kind: 'plan' }, { onPartial, onProgress: (p) => seen.push(p) });
  const worker = FakeWorker.all[0];
  worker.partial(1, { ok: true, kind: 'plan', result: { value: 1 } });
  worker.progress(1, 0.5);
  assert.equal(await settled(first), 'pending', 'a partial answer does not settle the job');
  worker.answer(1, { ok: true, kind: 'plan', result: { value: 1, bands: {} } });
  assert.deepEqual(await first, { ok: true, kind: 'plan', result: { value: 1, bands: {} } });
  assert.deepEqual(seen, [{ ok: true, kind: 'plan', result: { value: 1 } }, 0.5]);
  const replaced = bridge.run({ kind: 'plan' }, { onPartial });
  bridge.run({ kind: 'plan', budget: 2 });
  worker.partial(2, { ok: true, late: true }); // the replaced job's: no one listens
  assert.equal(await settled(replaced), CANCELLED);
  assert.equal(seen.length, 2);
});

test('the worker is named after the page\'s wasm module (worker.js loads wasm/<name>.wasm)', () => {
  FakeWorker.all = [];
  createBridge('worker.js', () => {}, 'plan').run({ kind: 'plan' });
  assert.deepEqual(FakeWorker.all[0].options, { type: 'module', name: 'plan' });
});

test('warm() starts the worker before any job (its wasm loads meanwhile); jobs then use that one worker', async () => {
  FakeWorker.all = [];
  const bridge = createBridge('worker.js', () => {}, 'cost');
  assert.equal(FakeWorker.all.length, 0, 'no worker until asked');
  bridge.warm();
  bridge.warm();
  assert.equal(FakeWorker.all.length, 1, 'warm() twice: still one worker');
  assert.deepEqual(FakeWorker.all[0].posted, [], 'warming posts nothing');
  const job = bridge.run({ kind: 'cost' });
  assert.equal(FakeWorker.all.length, 1);
  FakeWorker.all[0].answer(1, { ok: true, result: 1 });
  assert.deepEqual(await job, { ok: true, result: 1 });
});
