// npm start - the production server: Next.js's request handler behind a few checks of our own.
// `next start` cannot do these, because they need the request before Next.js touches it
// (docs/decisions/0008-client-address-from-the-socket.md):
//   1. X-Forwarded-For gets the socket peer appended, the one hop no client can choose, so that
//      lib/http/client-address.ts can find the client behind TRUSTED_PROXIES.
//   2. Security headers on every response, including the 400s, 413s and 500s that Next.js answers
//      before proxy.ts or next.config.mjs headers run (proxy.ts replaces the fallback CSP on pages).
//   3. Request targets Next.js cannot decode (%ZZ, %C0%AF) or that carry control characters are
//      refused with 400, bodies declared over the limit with 413, server actions posted from a
//      foreign origin with 403 - before they can end as a 500.
//   4. What a response has ready in one turn of the event loop leaves in one write: head, body and
//      end of a JSON answer in one packet instead of two (lib/http/one-write-response.mjs).
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import http from 'node:http';
import next from 'next';
import { oneWritePerTurn } from './lib/http/one-write-response.mjs';
import { MAX_REQUEST_BODY_BYTES } from './next.config.mjs';

const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`Invalid environment:\n  PORT: "${process.env.PORT}" is not a port number`);
  process.exit(1);
}
const appUrl = new URL(process.env.APP_URL || `http://localhost:${port}`);

// Written by db/unavailable.ts (same process): when a query last found the database unreachable.
const unavailableKey = Symbol.for('dpa-portal.database-unavailable-at');

// Read by lib/http/request-address.ts (same process): the last X-Forwarded-For hop is ours.
globalThis[Symbol.for('dpa-portal.server')] = true;

/** Headers every response carries; proxy.ts sets the page CSP with a nonce over the fallback. */
const securityHeaders = [
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
  // Nothing may load or run on a response proxy.ts did not give a page policy (JSON, PDF, errors).
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"],
  ...(appUrl.protocol === 'https:' ? [['Strict-Transport-Security', 'max-age=63072000; includeSubDomains']] : []),
];

// C0 controls and DEL. In a query, tab and line breaks may be legitimate text (a pasted search term).
const controlInPath = /[\u0000-\u001f\u007f]/;
const controlInQuery = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Why Next.js must not see this request target, or null. */
function badTarget(url) {
  const target = url.startsWith('/') ? url : url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '') || '/';
  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'path with invalid percent-encoding';
  }
  if (controlInPath.test(decoded)) return 'control character in the path';
  if (queryAt !== -1) {
    for (const [key, value] of new URLSearchParams(target.slice(queryAt + 1))) {
      if (controlInQuery.test(key) || controlInQuery.test(value)) return 'control character in the query';
    }
  }
  return null;
}

/** Why the body must not be read, as [status, reason], or null. */
function badBody(req) {
  const length = req.headers['content-length'];
  if (length !== undefined && Number(length) > MAX_REQUEST_BODY_BYTES) return [413, 'body over the size limit'];
  // A chunked body has no length to check here. Next.js buffers at most MAX_REQUEST_BODY_BYTES of it
  // for proxy.ts, which then finds a cut-off action body malformed (400). Next.js forwards actions
  // between its own workers chunked, so chunked bodies cannot simply be refused.
  return null;
}

/**
 * A server action posted with an Origin that is not ours (`null` too). Next.js's own Origin/Host
 * check throws on it, and the visitor would get a 500. The whole same-origin rule (also for
 * requests without an Origin) is proxy.ts's and lib/core/action.ts's (lib/http/same-origin.ts); this
 * is only the case Next.js would answer with a 500, so it holds without the proxy too.
 */
function foreignActionPost(req) {
  if (req.method !== 'POST' || req.headers['next-action'] === undefined) return false;
  const sent = req.headers.origin;
  return sent !== undefined && sent !== appUrl.origin;
}

const statusText = {
  400: 'Ungültige Anfrage / Bad request',
  403: 'Verboten / Forbidden',
  413: 'Anfrage zu groß / Payload too large',
  500: 'Interner Fehler / Internal server error',
};

/** Answers `status` and reads the rest of the body away, so the client sees the answer (not EPIPE). */
function refuse(req, res, status) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(`${status} ${statusText[status]}\n`);
  let drained = 0;
  req.on('data', (chunk) => {
    drained += chunk.length;
    // Reading a few megabytes away is cheaper than a client retrying; an endless body is cut off.
    if (drained > 4 * MAX_REQUEST_BODY_BYTES) req.destroy();
  });
  req.resume();
}

// The query-count test (e2e/query-count.spec.ts) sets QUERY_COUNT_LOG to a file: each request then
// runs in a count of the SQL statements it sends (db/query-counter.ts, same globalThis key), and a
// line {method, url, status, statements} is appended once the response is finished.
const queryCountLog = process.env.QUERY_COUNT_LOG;
const queryCounter = queryCountLog ? new AsyncLocalStorage() : null;
if (queryCounter) globalThis[Symbol.for('dpa-portal.query-counter')] = queryCounter;

function counted(req, res, work) {
  if (!queryCounter) return work();
  // QUERY_COUNT_TEXTS=1 also logs the statements themselves, to find where a count comes from.
  const count = { statements: 0, ...(process.env.QUERY_COUNT_TEXTS ? { texts: [] } : {}) };
  res.once('finish', () => {
    const line = JSON.stringify({ method: req.method, url: req.url, status: res.statusCode, ...count });
    fs.appendFileSync(queryCountLog, `${line}\n`);
  });
  return queryCounter.run(count, work);
}

const app = next({ dev: false, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  for (const [name, value] of securityHeaders) res.setHeader(name, value);
  const peer = req.socket.remoteAddress ?? 'unknown';
  const forwarded = req.headers['x-forwarded-for'];
  req.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${peer}` : peer;
  // Next.js reads the nonce from the request's CSP header, which only proxy.ts may write.
  delete req.headers['content-security-policy'];
  delete req.headers['x-nonce'];

  // A render that failed because the database is unreachable is a 503 (db/unavailable.ts marks it);
  // Next.js has already chosen 500 by then. Clients and load balancers may retry a 503.
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status === 500 && Date.now() - (globalThis[unavailableKey] ?? 0) < 10_000) {
      this.setHeader('Retry-After', '5');
      return writeHead.call(this, 503, ...rest);
    }
    return writeHead.call(this, status, ...rest);
  };

  const target = badTarget(req.url ?? '/');
  const body = target ? [400, target] : foreignActionPost(req) ? [403, 'server action from a foreign origin'] : badBody(req);
  if (body) {
    refuse(req, res, body[0]);
    return;
  }
  // Head, body and end of an answer that is ready leave in one write (lib/http/one-write-response.mjs).
  oneWritePerTurn(res);
  counted(req, res, () => handle(req, res)).catch((error) => {
    console.error('[server] unhandled', error);
    if (!res.headersSent) refuse(req, res, 500);
  });
});

server.listen(port, () => {
  console.log(`[server] listening on port ${port}, public URL ${appUrl.origin}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections and the mail worker's timers must not hold the process.
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
