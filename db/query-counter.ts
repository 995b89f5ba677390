// Counts the SQL statements this process sends, at the driver (drizzle's logger hook), for the
// benchmark's "queries per request" (bench/README.md). Off unless BENCH_QUERY_COUNT=1: then
// db/client.ts passes this logger to drizzle, and the bench-only route /bench-baseline/queries
// (BENCH_BASELINES=1) answers the running total; the bench reads it before and after N requests
// sent one at a time. Statements inside transactions count too (begin/commit themselves do not).
import type { Logger } from 'drizzle-orm/logger';

const globalKey = Symbol.for('dpa-portal.query-count');
type GlobalWithCount = typeof globalThis & { [globalKey]?: number };

/** Statements sent so far by this process (0 while counting is off). */
export function queryCount(): number {
  return (globalThis as GlobalWithCount)[globalKey] ?? 0;
}

/** The logger db/client.ts gives drizzle: counting when BENCH_QUERY_COUNT=1, nothing otherwise. */
export function queryCounter(): Logger | undefined {
  if (process.env.BENCH_QUERY_COUNT !== '1') return undefined;
  return {
    logQuery() {
      const g = globalThis as GlobalWithCount;
      g[globalKey] = (g[globalKey] ?? 0) + 1;
    },
  };
}
