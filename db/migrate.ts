import 'server-only';
import path from 'node:path';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import { getHandle } from './client';

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');
// Any constant works; it only has to be the same for every instance of the app.
const MIGRATION_LOCK = 7_226_001;

/**
 * The one code path that applies migrations: at start-up and by `npm run db:migrate`.
 * On PostgreSQL several instances may start at once, so they queue on an advisory lock.
 * `folder` is for the upgrade proof only (an earlier release's set of migrations).
 */
export async function migrateDatabase(folder: string = migrationsFolder): Promise<void> {
  const handle = getHandle();
  if (handle.driver === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    return;
  }
  const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder: folder });
  } finally {
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => {});
    await client.end({ timeout: 5 });
  }
}
