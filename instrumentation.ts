import { isDatabaseUnavailable, markDatabaseUnavailable } from './db/unavailable';

// Runs once per server process before it serves: migrate, seed an empty demo database, start the
// mail worker. Skipped during `next build`, which must not need a database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startServer } = await import('./lib/startup');
  await startServer();
}

// Every error a render, route handler or action did not catch passes here. A query that found the
// database unreachable anywhere on the page (not only the first one, which pageContext wraps) marks
// it, so server.mjs answers 503 with Retry-After instead of Next.js's 500 (decision 0110).
export function onRequestError(error: unknown) {
  if (isDatabaseUnavailable(error)) markDatabaseUnavailable();
}
