// A static server for dist/ that behaves like a slow mobile link, for scripts/bench's time to first
// result: every response waits one round trip (and a new connection one more, its handshake), and
// all responses share one downlink of fixed bandwidth, sent in chunks as the link frees up. Bodies
// are gzipped (level 9) when the browser accepts it, as a static host sends them. Every path served
// is recorded, so the bench can count what a page loads, service worker included.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CSP, TYPES } from './static-server.mjs';

export const SLOW_4G = { kbps: 1600, rttMs: 150 };  // the "slow 4G": 1.6 Mbps, 150 ms
const CHUNK = 4096;

/** Serves root; resolves to { server, origin, served: [paths], reset() }. */
export async function serveThrottled(root, { kbps, rttMs } = SLOW_4G) {
  const base = resolve(root);
  const bytesPerMs = (kbps * 1000) / 8 / 1000;
  const gzipCache = new Map();
  const fresh = new WeakSet();  // sockets that have not answered yet: they pay the handshake
  let linkFreeAt = 0;
  const served = [];
  const sleep = (ms) => new Promise((ok) => setTimeout(ok, Math.max(0, ms)));

  // One chunk on the shared link: it starts when the link is free and takes size / bandwidth.
  async function send(res, chunk) {
    const start = Math.max(performance.now(), linkFreeAt);
    linkFreeAt = start + chunk.length / bytesPerMs;
    await sleep(linkFreeAt - performance.now());
    res.write(chunk);
  }

  const server = createServer(async (req, res) => {
    const arrived = performance.now();
    const handshake = fresh.has(req.socket) ? rttMs : 0;
    fresh.delete(req.socket);
    let status = 200, body, type = 'text/plain; charset=utf-8', file = '';
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      body = await readFile(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
      served.push(file.slice(base.length + 1));
    } catch {
      status = 404;
      body = Buffer.from('Not found');
    }
    const headers = { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-cache' };
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (status !== 200) body = gzipSync(body);
      else body = gzipCache.get(file) ?? gzipCache.set(file, gzipSync(body, { level: 9 })).get(file);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    await sleep(arrived + handshake + rttMs - performance.now());  // request up, first byte down
    res.writeHead(status, headers);
    for (let at = 0; at < body.length; at += CHUNK) await send(res, body.subarray(at, at + CHUNK));
    res.end();
  });
  server.on('connection', (socket) => fresh.add(socket));
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    server,
    origin: `http://127.0.0.1:${server.address().port}`,
    served,
    reset() { served.length = 0; },
    close() { server.closeAllConnections?.(); server.close(); },
  };
}
