import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/**
 * Gives the current test file a database of its own.
 *
 * - TEST_DB=postgres (with DATABASE_URL pointing at a server we may create databases on): a fresh
 *   database `dpa_it_<pid>_<random>` on that server; DATABASE_URL is pointed at it for this process.
 * - otherwise: embedded PGlite in memory (PGLITE_DIR=memory://, DATABASE_URL unset).
 *
 * The caller opens the handle (getDb()) only after this has run: db/client.ts reads the
 * environment when it opens, not at import.
 */
export type TestDatabase = { driver: 'postgres' | 'pglite'; name: string; drop: () => Promise<void> };

// Kept across files in the same process (should vitest ever reuse one), so that a file never
// mistakes the previous file's test database for the server's admin database.
const ADMIN_URL_KEY = 'TEST_ADMIN_DATABASE_URL';

export function wantsPostgres(): boolean {
  return process.env.TEST_DB === 'postgres';
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!wantsPostgres()) {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = 'memory://';
    return { driver: 'pglite', name: 'memory://', drop: async () => {} };
  }
  const adminUrl = (process.env[ADMIN_URL_KEY] ??= process.env.DATABASE_URL);
  if (!adminUrl) {
    throw new Error('TEST_DB=postgres needs DATABASE_URL (a server where the tests may create databases).');
  }
  const name = `dpa_it_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (admin) => admin.unsafe(`create database "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  return {
    driver: 'postgres',
    name,
    drop: async () => {
      process.env.DATABASE_URL = adminUrl;
      // FORCE ends connections a failed test may have left open (PostgreSQL 13+).
      await withAdmin(adminUrl, (admin) => admin.unsafe(`drop database if exists "${name}" with (force)`));
    },
  };
}

async function withAdmin<T>(adminUrl: string, run: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    return await run(admin);
  } finally {
    await admin.end({ timeout: 5 });
  }
}
