import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm/logger';

// Counts the SQL statements a request (or a piece of work) sends to the database, for the
// query-count test (e2e/query-count.spec.ts): a page must need a small constant number of
// statements, whatever the number of rows it shows. Every statement drizzle sends passes the
// logger below (db/client.ts installs it on both drivers), so this counts at the driver: the
// Auth.js adapter, raw `db.execute(sql…)` and the query builder alike. BEGIN/COMMIT are not
// counted (drizzle opens transactions without logging them).
//
// The store lives on globalThis: server.mjs (plain Node, not bundled) opens a count around each
// request when QUERY_COUNT_LOG is set, and Next.js may bundle this module into several chunks.
// The process also keeps a running total: the benchmark's "queries per request" reads it through
// the bench-only route /bench-baseline/queries (BENCH_BASELINES=1) before and after N requests.

export type QueryCount = { statements: number; texts?: string[] };

const key = Symbol.for('dpa-portal.query-counter');
const totalKey = Symbol.for('dpa-portal.query-count');
type GlobalWithCounter = typeof globalThis & { [key]?: AsyncLocalStorage<QueryCount>; [totalKey]?: number };

function storage(): AsyncLocalStorage<QueryCount> {
  const g = globalThis as GlobalWithCounter;
  return (g[key] ??= new AsyncLocalStorage<QueryCount>());
}

/** drizzle's logger hook: one statement more for the count open in this async context, if any. */
export const queryCountingLogger: Logger = {
  logQuery(query) {
    const g = globalThis as GlobalWithCounter;
    g[totalKey] = (g[totalKey] ?? 0) + 1;
    const count = g[key]?.getStore();
    if (!count) return;
    count.statements += 1;
    count.texts?.push(query);
  },
};

/** Runs `work` and counts the statements it sends (also those of promises it starts and awaits). */
export async function countStatements<T>(work: () => Promise<T>, options: { keepTexts?: boolean } = {}) {
  const count: QueryCount = { statements: 0, ...(options.keepTexts ? { texts: [] } : {}) };
  const result = await storage().run(count, work);
  return { result, ...count };
}

/** Statements this process has sent so far (the benchmark's counter). */
export function queryCount(): number {
  return (globalThis as GlobalWithCounter)[totalKey] ?? 0;
}
