import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, getHandle, type Database, type Tx } from './client';

// Decision 0145: on PostgreSQL every statement drizzle sends is a named prepared statement of its
// connection (one round trip from its second use, parsed once), outside and inside transactions.
// The connection that reads pg_prepared_statements has to be one the probe ran on: the probe runs
// more often than the pool has connections, so every connection in use has run it.
const POOL = Number(process.env.DATABASE_POOL_SIZE ?? 10);

/** Rows on either driver: postgres.js answers an array, PGlite `{ rows }`. */
async function queryRows<T>(db: Database | Tx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function prepared(db: Database | Tx, marker: string) {
  const rows = await queryRows<{ statement: string }>(db, sql`select statement from pg_prepared_statements`);
  return rows.some((r) => r.statement.includes(marker));
}

describe('statements on PostgreSQL', () => {
  it('are prepared statements of their connection, in and outside a transaction', async () => {
    const db = getDb();
    for (let i = 0; i < POOL + 2; i++) {
      const [row] = await queryRows<{ n: number }>(db, sql`select ${i}::int + 1 as n, 'probe_outside' as marker`);
      expect(row!.n).toBe(i + 1);
    }
    const inside = await db.transaction(async (tx) => {
      const [row] = await queryRows<{ n: number }>(tx, sql`select ${41}::int + 1 as n, 'probe_inside' as marker`);
      return { n: row!.n, prepared: await prepared(tx, 'probe_inside') };
    });
    expect(inside.n).toBe(42);
    if (getHandle().driver === 'postgres') {
      expect(await prepared(db, 'probe_outside')).toBe(true);
      expect(inside.prepared).toBe(true);
    } else {
      // PGlite runs in this process: no connection, nothing to prepare, and none is.
      expect(getHandle().driver).toBe('pglite');
      expect(inside.prepared).toBe(false);
    }
  });
});
