import { sql as drizzleSql, type SQL } from 'drizzle-orm';
import { getDb, getHandle, type Tx } from '@/db/client';

import { rowsOf } from '@/lib/core/rows';

export { rowsOf };

type Row = Record<string, unknown>;

/**
 * Runs raw SQL against the test database and returns its rows:
 * `await sql\`select count(*)::int as n from audit_events\``. Values are bound as parameters.
 */
export async function sql<T = Row>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]> {
  return rowsOf<T>(await getDb().execute(drizzleSql(strings, ...values)));
}

/** Runs a prepared drizzle SQL fragment (on the database or inside a transaction). */
export async function run<T = Row>(query: SQL, on: Pick<Tx, 'execute'> = getDb()): Promise<T[]> {
  return rowsOf<T>(await on.execute(query));
}

/**
 * Runs `work` in one transaction as a database superuser, the only kind of user who may switch
 * off the append-only triggers. Tests use it to play the attacker with direct database access;
 * the application itself never does this. Fails clearly if the test connection lacks the right.
 */
export async function asSuperuser<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const [me] = await sql<{ rolsuper: boolean }>`select rolsuper from pg_roles where rolname = current_user`;
  if (!me?.rolsuper) {
    throw new Error(`Tampering tests need a superuser connection; ${getHandle().driver} user is not one.`);
  }
  return getDb().transaction(work);
}

/**
 * Tampers with a protected table: its user triggers (e.g. audit_events' append-only guards) are
 * disabled for the duration of `work` and enabled again before the transaction commits.
 */
export async function tamper<T>(table: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const ident = drizzleSql.identifier(table);
  return asSuperuser(async (tx) => {
    await tx.execute(drizzleSql`alter table ${ident} disable trigger user`);
    const result = await work(tx);
    await tx.execute(drizzleSql`alter table ${ident} enable trigger user`);
    return result;
  });
}
