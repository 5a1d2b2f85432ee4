// A static server for dist/ that behaves like GitHub Pages (where .github/ publishes the site) seen
// over a slow mobile link, for scripts/bench's time to first result:
// - HTTP/2 over TLS, as GitHub Pages serves: one connection carries every request (no HTTP/1.1
//   limit of six at a time). Its certificate is made for the run (openssl, self-signed, localhost
//   only); the bench's Chromium trusts it by its key (`trustArgs`), so responses are cached as a
//   real site's are (Chromium caches nothing from a server whose certificate it merely ignores).
// - Every response waits one round trip; a new connection waits two more first (TCP, TLS 1.3).
// - All responses share one downlink of fixed bandwidth, sent in chunks as the link frees up.
// - Bodies gzipped (level 9) when the browser accepts it; GitHub Pages' cache headers,
//   `max-age=600` and an ETag, so a file the page preloaded is not downloaded again by its worker
//   (a worker has no share in the page's preloads, only in the HTTP cache).
// Every path served is recorded, so the bench can count what a page loads, service worker included.
import { createSecureServer } from 'node:http2';
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CSP, TYPES } from './static-server.mjs';

export const SLOW_4G = { kbps: 1600, rttMs: 150 };  // the "slow 4G": 1.6 Mbps, 150 ms
const CHUNK = 4096;

// A throwaway key and certificate for 127.0.0.1, never written outside a temporary folder.
let certificate;
function selfSignedCertificate() {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'throttled-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-subj', '/CN=127.0.0.1', '-days', '2', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    certificate = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
    return certificate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Chromium's launch arguments that make it trust this process's servers' certificate. */
export function trustArgs() {
  const spki = createPublicKey(selfSignedCertificate().cert).export({ type: 'spki', format: 'der' });
  return [`--ignore-certificate-errors-spki-list=${createHash('sha256').update(spki).digest('base64')}`];
}

/** Serves root; resolves to { server, origin, served: [paths], reset(), close() }. */
export async function serveThrottled(root, { kbps, rttMs } = SLOW_4G) {
  const base = resolve(root);
  const bytesPerMs = (kbps * 1000) / 8 / 1000;
  const gzipCache = new Map();
  const sessions = new Set();
  const fresh = new WeakSet();  // connections that have not answered yet: they pay the handshakes
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

  const server = createSecureServer(selfSignedCertificate(), async (req, res) => {
    const arrived = performance.now();
    const session = req.stream.session;
    const handshake = fresh.has(session) ? 2 * rttMs : 0;
    fresh.delete(session);
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
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    const headers = { 'content-type': type, 'content-security-policy': CSP, 'cache-control': 'max-age=600', etag };
    if (status === 200 && req.headers['if-none-match'] === etag) {
      status = 304;
      body = Buffer.alloc(0);
    } else if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (status !== 200) body = gzipSync(body);
      else body = gzipCache.get(file) ?? gzipCache.set(file, gzipSync(body, { level: 9 })).get(file);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    await sleep(arrived + handshake + rttMs - performance.now());  // request up, first byte down
    res.writeHead(status, headers);
    for (let at = 0; at < body.length; at += CHUNK) await send(res, body.subarray(at, at + CHUNK));
    res.end();
  });
  server.on('session', (session) => {
    fresh.add(session);
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    server,
    origin: `https://127.0.0.1:${server.address().port}`,
    served,
    reset() { served.length = 0; },
    close() {
      for (const session of sessions) session.destroy();
      server.close();
    },
  };
}
