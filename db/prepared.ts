import type { Database, Tx } from './client';

/**
 * A statement of a hot path, built once per database handle instead of on every request (issue 14,
 * decision 0143): `build` returns drizzle's prepared query, with `sql.placeholder(...)` for every
 * value that changes per call, and the caller runs `.execute({ ...values })`.
 *
 * Building a query is not free: drizzle walks the whole expression tree (columns, subqueries,
 * JSON aggregates) to produce the text, some 1.5 ms of CPU per request for the dashboard's
 * statements at 100,000 organisations. A prepared query keeps the text and its parameter order.
 * On PostgreSQL it also becomes a named statement per connection (postgres.js `prepare: true`), so
 * the server parses it once per connection, not on every call.
 *
 * Kept per handle in a WeakMap: the application's one database (pages, route handlers) hits the
 * cache; a transaction gets its own, built on first use and collected with it.
 */
export function preparedStatement<Q>(build: (db: Database | Tx) => Q): (db: Database | Tx) => Q {
  const byHandle = new WeakMap<Database | Tx, Q>();
  return (db) => {
    let query = byHandle.get(db);
    if (query === undefined) {
      query = build(db);
      byHandle.set(db, query);
    }
    return query;
  };
}
