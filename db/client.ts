import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { queryCountingLogger } from './query-counter';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; every mutation in lib/ takes one of these. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Driver = 'postgres' | 'pglite';

/**
 * LISTEN on a channel: `onNotify` gets each payload, `onListen` runs whenever the listening connection
 * is (re)established (notifications sent while it was down are lost, so a listener starts afresh).
 */
export type Listen = (channel: string, onNotify: (payload: string) => void, onListen: () => void) => Promise<void>;

type Handle = { db: Database; driver: Driver; close: () => Promise<void>; listen: Listen; pglite?: PGlite };

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
  assertWritable(dir);
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

/**
 * PGlite writes its files and our lock file next to them. On a read-only or full disk it would fail
 * somewhere inside WebAssembly with an opaque message, or half-way through a write; so check first,
 * before anything is opened, and stop with the folder and the cause named (the files stay as they are).
 */
function assertWritable(dir: string) {
  const stop = (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw new Error(
      `The embedded database folder ${dir} is not writable (${code}): the app needs to write there. ` +
        'Make it writable (or free disk space), set PGLITE_DIR to a writable folder, or set DATABASE_URL to use PostgreSQL.',
      { cause: error },
    );
  };
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    fs.accessSync(path.dirname(dir), fs.constants.W_OK);
    // A full disk passes the permission checks: write a little for real.
    const probe = path.join(dir, `.write-check-${process.pid}`);
    fs.writeFileSync(probe, Buffer.alloc(64 * 1024));
    fs.unlinkSync(probe);
  } catch (error) {
    stop(error);
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

type Sql = ReturnType<typeof postgres>;

/**
 * Every statement drizzle sends becomes a named prepared statement of its connection (decision
 * 0145). drizzle hands postgres.js a statement as `unsafe(text, params)`, which postgres.js sends
 * unnamed: parse and describe, a round trip, then bind and execute, another one, and PostgreSQL
 * parses and plans it anew every time. Prepared, it is parsed once per connection, its plan may be
 * kept, and from the second use it is one round trip. postgres.js keeps the statements per
 * connection by their text, and its connections are replaced within an hour, so the set stays
 * bounded by the application's own statements. Transactions get the same (`begin`).
 */
function prepareEveryStatement(client: Sql) {
  const prepareAll = (sql: Pick<Sql, 'unsafe'>) => {
    const unsafe = sql.unsafe.bind(sql);
    sql.unsafe = ((text: string, params: postgres.ParameterOrJSON<never>[] = [], options: postgres.UnsafeQueryOptions = {}) =>
      unsafe(text, params, { ...options, prepare: true })) as Sql['unsafe'];
  };
  prepareAll(client);
  const begin = client.begin.bind(client) as (...args: unknown[]) => Promise<unknown>;
  client.begin = ((...args: unknown[]) => {
    const work = args.pop() as (tx: Pick<Sql, 'unsafe'>) => unknown;
    return begin(...args, (tx: Pick<Sql, 'unsafe'>) => {
      prepareAll(tx);
      return work(tx);
    });
  }) as Sql['begin'];
}

function open(): Handle {
  const url = process.env.DATABASE_URL;
  const preparing = process.env.DATABASE_PREPARE !== 'false';
  if (url) {
    const client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // An unreachable server fails a request within seconds (503, db/unavailable.ts), not after
      // postgres.js's default 30; a connection lost meanwhile is replaced on the next query.
      connect_timeout: Number(process.env.DATABASE_CONNECT_TIMEOUT ?? 5),
      onnotice: () => {},
      // Statements are named prepared statements (db/prepared.ts, decisions 0143 and 0145); a pooler in
      // transaction mode that cannot keep them (PgBouncer before 1.21) needs DATABASE_PREPARE=false.
      prepare: preparing,
      connection: { application_name: 'dpa-portal' },
    });
    if (preparing) prepareEveryStatement(client);
    const db = drizzlePostgres(client, { schema, logger: queryCountingLogger }) as unknown as Database;
    const listen: Listen = async (channel, onNotify, onListen) => {
      await client.listen(channel, onNotify, onListen);
    };
    return { db, driver: 'postgres', listen, close: () => client.end({ timeout: 5 }) };
  }
  const dir = pgliteDir();
  lockPgliteDir(dir);
  // pg_trgm: the support search's trigram indexes (migration trigram_search) need the extension loaded.
  const pglite = new PGlite(dir, { extensions: { pg_trgm } });
  const db = drizzlePglite(pglite, { schema, logger: queryCountingLogger }) as unknown as Database;
  // One process owns the embedded database, so its own notifications are all there are.
  const listen: Listen = async (channel, onNotify, onListen) => {
    await pglite.listen(channel, onNotify);
    onListen();
  };
  return { db, driver: 'pglite', pglite, listen, close: () => pglite.close() };
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
