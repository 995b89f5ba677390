// The database of the authorization spec's own server (e2e/authorization.spec.ts, "replays"), run
// with tsx --conditions=react-server on PGLITE_DIR or DATABASE_URL while that server is stopped:
//   seed    (PostgreSQL: drop and create the database first) migrate, the demo data, two sessions per signed-in persona (one for the replay with the
//           proxy disabled, which ends with the sign-out action, one for the bypass variants) and
//           one API token per scope; prints them as JSON
//   counts  a snapshot of every table: its row count and a hash of its rows (sessions: count only,
//           Auth.js moves their expiry on use), plus the highest audit event number; prints JSON
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { closeDb, getDb } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { sha256Hex } from '@/lib/auth/hash-token';
import { apiScopes } from '@/lib/core/actor';
import { seedDemoData } from '@/scripts/demo-seed';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';

const personas = ['signatory', 'member', 'privacy', 'support', 'admin'] as const;

/** On PostgreSQL, DATABASE_URL names a scratch database: dropped and created afresh. */
async function freshPostgres(url: string) {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    await client.unsafe(`drop database if exists "${name}" with (force)`);
    await client.unsafe(`create database "${name}"`);
  } finally {
    await client.end({ timeout: 5 });
  }
}

async function seed() {
  if (process.env.DATABASE_URL) await freshPostgres(process.env.DATABASE_URL);
  await migrateDatabase();
  const db = getDb();
  await seedDemoData(db);
  const sessions: Record<string, Record<string, string>> = { replay: {}, bypass: {} };
  for (const set of Object.keys(sessions)) {
    for (const persona of personas) {
      const token = randomBytes(24).toString('hex');
      await db.execute(sql`
        insert into sessions (session_token, user_id, expires)
        select ${token}, id, now() + interval '1 day' from users where email = ${demoAccounts[persona]}`);
      sessions[set]![persona] = token;
    }
  }
  const tokens: Record<string, string> = {};
  for (const scope of apiScopes) {
    // As an admin creates one on /staff/api-tokens (lib/api/api-tokens.ts): only the hash is stored.
    const secret = `dpa_${randomBytes(32).toString('base64url')}`;
    await db.execute(sql`
      insert into api_tokens (name, token_hash, prefix, scopes)
      values (${`authorization matrix ${scope}`}, ${sha256Hex(secret)}, ${secret.slice(0, 10)}, ${sql.raw(`ARRAY['${scope}']`)})`);
    tokens[scope] = secret;
  }
  console.log(JSON.stringify({ sessions, tokens }));
}

async function counts() {
  const db = getDb();
  const tables = (await db.execute(sql`
    select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)) as unknown as { rows?: { name: string }[] } | { name: string }[];
  const names = (Array.isArray(tables) ? tables : (tables.rows ?? [])).map((t) => t.name);
  const snapshot: Record<string, string | number> = {};
  for (const name of names) {
    const table = sql.raw(`"${name}"`);
    const result = (await db.execute(sql`select t::text as row from ${table} t`)) as unknown as { rows?: { row: string }[] } | { row: string }[];
    const rows = (Array.isArray(result) ? result : (result.rows ?? [])).map((r) => r.row).sort();
    snapshot[name] = name === 'sessions' ? rows.length : `${rows.length} ${createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16)}`;
  }
  const seq = (await db.execute(sql`select coalesce(max(seq), 0)::text as seq from audit_events`)) as unknown as { rows?: { seq: string }[] } | { seq: string }[];
  snapshot['audit_events.max(seq)'] = Number((Array.isArray(seq) ? seq : (seq.rows ?? []))[0]?.seq ?? 0);
  console.log(JSON.stringify(snapshot));
}

const step = process.argv[2];
(step === 'seed' ? seed() : step === 'counts' ? counts() : Promise.reject(new Error('usage: authz-db.ts seed|counts')))
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    console.error(error);
    await closeDb();
    process.exit(1);
  });
