import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { queryCounter } from './query-counter';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; every mutation in lib/ takes one of these. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Driver = 'postgres' | 'pglite';

type Handle = { db: Database; driver: Driver; close: () => Promise<void>; pglite?: PGlite };

// Next.js may bundle this module into several server chunks of one process. The handle lives on
// globalThis so that a process never opens a second connection pool, or a second PGlite on the
// same folder (two PGlite instances on one folder corrupt it).
const globalKey = Symbol.for('dpa-portal.db');
type GlobalWithDb = typeof globalThis & { [globalKey]?: Handle };

export function pgliteDir(): string {
  return process.env.PGLITE_DIR ?? path.join(process.cwd(), '.data', 'pglite');
}

function lockPgliteDir(dir: string) {
  if (dir.startsWith('memory://')) return;
  fs.mkdirSync(dir, { recursive: true });
  const lockFile = path.join(dir, '..', `${path.basename(dir)}.pid`);
  try {
    const holder = Number(fs.readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database in ${dir} is in use by process ${holder}. ` +
          'Stop that process first, or set DATABASE_URL to use PostgreSQL.',
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  process.once('exit', () => {
    try {
      if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.unlinkSync(lockFile);
    } catch {
      // already gone
    }
  });
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function open(): Handle {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
      connection: { application_name: 'dpa-portal' },
    });
    const db = drizzlePostgres(client, { schema, logger: queryCounter() }) as unknown as Database;
    return { db, driver: 'postgres', close: () => client.end({ timeout: 5 }) };
  }
  const dir = pgliteDir();
  lockPgliteDir(dir);
  // pg_trgm: the support search's trigram indexes (migration trigram_search) need the extension loaded.
  const pglite = new PGlite(dir, { extensions: { pg_trgm } });
  const db = drizzlePglite(pglite, { schema, logger: queryCounter() }) as unknown as Database;
  return { db, driver: 'pglite', pglite, close: () => pglite.close() };
}

export function getHandle(): Handle {
  const g = globalThis as GlobalWithDb;
  return (g[globalKey] ??= open());
}

/** The database for this process, opened on first use (never at import, so `next build` needs none). */
export function getDb(): Database {
  return getHandle().db;
}

export async function closeDb() {
  const g = globalThis as GlobalWithDb;
  const handle = g[globalKey];
  delete g[globalKey];
  await handle?.close();
}
