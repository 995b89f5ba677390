import fs from 'node:fs';
import zlib from 'node:zlib';
import { sql as drizzleSql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb, getHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { sql } from '@/lib/testing/db';
import { releaseData, releaseMigrationsFolder, releases, type Release } from './releases';

// Issue 15, item 9: a database of each earlier release (db/releases.json), made with that release's
// migrations and filled with that release's data, is upgraded by the current migrations without
// loss: every table keeps its rows, the audit chain still verifies and keeps its events, every
// agreement keeps its PDF and hashes. Migrations added later are applied by the same call, so the
// test keeps proving the upgrade as the schema grows.

type Snapshot = {
  counts: Record<string, number>;
  agreements: Record<string, { pdfSha256: string | null; storedPdf: string | null; annexSha256: string | null }>;
  audit: { ok: boolean; count: number; head: string };
};

/** Empties this file's database: a fresh PGlite, or the PostgreSQL test database without schemas. */
async function emptyDatabase() {
  if (getHandle().driver === 'postgres') {
    await sql`drop schema if exists drizzle cascade`;
    await sql`drop schema public cascade`;
    await sql`create schema public`;
  }
  await closeDb(); // a PGlite in memory:// opens empty again
}

async function load(release: Release) {
  const data = zlib.gunzipSync(fs.readFileSync(releaseData(release))).toString('utf8');
  const handle = getHandle();
  if (handle.pglite) {
    await handle.pglite.exec(data);
    return;
  }
  const postgres = (await import('postgres')).default;
  const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    await client.unsafe(data);
  } finally {
    await client.end({ timeout: 5 });
  }
}

async function snapshot(): Promise<Snapshot> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await sql<{ n: number }>`select count(*)::int as n from ${drizzleSql.identifier(name)}`;
    counts[name] = row!.n;
  }
  const agreements: Snapshot['agreements'] = {};
  for (const row of await sql<{ id: string; pdf_sha256: string | null; stored: string | null; annex_sha256: string | null }>`
    select id, pdf_sha256, encode(sha256(pdf), 'hex') as stored, annex_sha256 from agreements`) {
    agreements[row.id] = { pdfSha256: row.pdf_sha256, storedPdf: row.stored, annexSha256: row.annex_sha256 };
  }
  const chain = await verifyAuditChain(getDb());
  const [head] = await sql<{ digest: string }>`
    select encode(sha256(convert_to(coalesce(string_agg(hash, ',' order by seq), ''), 'UTF8')), 'hex') as digest
    from audit_events where seq <= ${chain.count}`;
  return { counts, agreements, audit: { ok: chain.ok, count: chain.count, head: head!.digest } };
}

describe.each(releases())('upgrade from release $name (migrations up to $lastMigration)', (release) => {
  let before: Snapshot;
  const folder = releaseMigrationsFolder(release);
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('builds the release database with its own migrations and data', async () => {
    await emptyDatabase();
    await migrateDatabase(folder);
    await load(release);
    before = await snapshot();
    // The release data is real: signed agreements with PDFs, and an audit chain to keep.
    expect(before.audit.ok).toBe(true);
    expect(before.audit.count).toBeGreaterThan(2);
    expect(Object.values(before.agreements).filter((a) => a.pdfSha256).length).toBeGreaterThan(2);
    expect(before.counts.organisations).toBeGreaterThan(10);
  });

  it('applies the current migrations without losing a row, an audit event or a PDF', async () => {
    await migrateDatabase();
    const after = await snapshot();
    for (const [table, count] of Object.entries(before.counts)) {
      expect(after.counts[table], `rows of ${table}`).toBe(count);
    }
    expect(after.agreements).toEqual(before.agreements);
    for (const agreement of Object.values(after.agreements)) {
      if (agreement.storedPdf) expect(agreement.storedPdf).toBe(agreement.pdfSha256);
    }
    expect(after.audit.ok).toBe(true);
    expect(after.audit.count).toBeGreaterThanOrEqual(before.audit.count);
    // The release's events are still the first ones, unchanged (a migration may add events after them).
    const [head] = await sql<{ digest: string }>`
      select encode(sha256(convert_to(coalesce(string_agg(hash, ',' order by seq), ''), 'UTF8')), 'hex') as digest
      from audit_events where seq <= ${before.audit.count}`;
    expect(head!.digest).toBe(before.audit.head);
  });

  it('is at the newest migration afterwards: migrating again applies nothing', async () => {
    const [row] = await sql<{ n: number }>`select count(*)::int as n from drizzle.__drizzle_migrations`;
    const journal = JSON.parse(fs.readFileSync('db/migrations/meta/_journal.json', 'utf8')) as { entries: unknown[] };
    expect(row!.n).toBe(journal.entries.length);
  });
});
