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

export type QueryCount = { statements: number; texts?: string[] };

const key = Symbol.for('dpa-portal.query-counter');
type GlobalWithCounter = typeof globalThis & { [key]?: AsyncLocalStorage<QueryCount> };

function storage(): AsyncLocalStorage<QueryCount> {
  const g = globalThis as GlobalWithCounter;
  return (g[key] ??= new AsyncLocalStorage<QueryCount>());
}

/** drizzle's logger hook: one statement more for the count open in this async context, if any. */
export const queryCountingLogger: Logger = {
  logQuery(query) {
    const count = (globalThis as GlobalWithCounter)[key]?.getStore();
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
