// Whether an error means "the database cannot be reached right now" (connection refused, cut,
// terminated by the server, restarting) rather than a fault of the query or of our code. Such a
// request is answered 503 with Retry-After, never 500; the next request opens a new connection,
// so the app recovers by itself once the database is back (docs/decisions/0110-…).

// postgres.js's own codes, Node's socket codes, and PGlite's when its folder is unusable.
const connectionCodes = new Set([
  'CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT',
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
]);
// SQLSTATE class 08 (connection exception); 57P01-57P03: terminated by an administrator, crash
// shutdown, cannot connect now (starting up or shutting down); 53300: too many connections.
const sqlStates = /^(08\d{3}|57P0[123]|53300)$/;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && typeof e === 'object' && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (connectionCodes.has(code) || sqlStates.test(code))) return true;
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
  }
  return false;
}

/** Seconds a client should wait before trying again. */
export const UNAVAILABLE_RETRY_AFTER = 5;

// server.mjs answers 503 instead of 500 while the database was found unreachable moments ago: a
// page's render fails wherever its first query does, after Next.js has chosen the status itself.
const markKey = Symbol.for('dpa-portal.database-unavailable-at');
type Marked = typeof globalThis & { [markKey]?: number };

/** Records that the database was unreachable just now (read by server.mjs). */
export function markDatabaseUnavailable() {
  (globalThis as Marked)[markKey] = Date.now();
}

/** The digest of a page error that means "database unreachable": error.tsx says so, not "a fault". */
export const UNAVAILABLE_DIGEST = 'DATABASE_UNAVAILABLE';

/** Rethrows a connection failure as a page error error.tsx recognises; other errors unchanged. */
export function asPageError(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  markDatabaseUnavailable();
  console.error('[db] unreachable', describeCause(error));
  return Object.assign(new Error('database unavailable'), { digest: UNAVAILABLE_DIGEST });
}

/** The root cause's code and first line, for the log (never for the visitor). */
export function describeCause(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = (e as Error & { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    parts.push(`${typeof code === 'string' ? `${code} ` : ''}${e.message.split('\n')[0]}`);
  }
  return parts.join(' <- ');
}
