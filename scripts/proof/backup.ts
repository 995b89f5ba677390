// Backup and restore (issue 15, items 6 and 9): pg_dump of a database, pg_restore into a fresh one,
// `npm run audit:verify` on the copy, every table's row count compared, and an app on the copy
// serving every sealed agreement PDF with the SHA-256 stored at signing. Used by proof:faults (a
// small scratch database) and proof:backup (a production-sized one).
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { deploymentEnv, root, startApp, type Sink } from './harness';

/** A session for `email`, written straight into the database the app reads. */
export async function sessionCookie(sql: postgres.Sql, email: string) {
  const token = randomBytes(32).toString('base64url');
  await sql`insert into sessions (session_token, user_id, expires)
    select ${token}, id, now() + interval '1 day' from users where lower(email) = ${email}`;
  return `authjs.session-token=${token}`;
}

async function rowCounts(sql: postgres.Sql) {
  const tables = await sql<{ name: string }[]>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await sql.unsafe<{ n: number }[]>(`select count(*)::int as n from "${name}"`);
    counts[name] = row!.n;
  }
  return counts;
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

export async function backupRestore(source: { url: string; name: string }, sink: Sink, shortfalls: string[]) {
  const dump = path.join(os.tmpdir(), `dpa-proof-${process.pid}.dump`);
  let started = performance.now();
  const dumped = spawnSync('pg_dump', ['--format=custom', `--file=${dump}`, source.url], { encoding: 'utf8' });
  if (dumped.status !== 0) throw new Error(`pg_dump: ${dumped.stderr}`);
  const dumpSeconds = seconds(started);
  const admin = postgres(source.url, { max: 1, onnotice: () => {} });
  const name = `${source.name}_restored`;
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  const restoredUrl = new URL(source.url);
  restoredUrl.pathname = `/${name}`;
  const original = postgres(source.url, { max: 2, onnotice: () => {} });
  const restored = postgres(restoredUrl.toString(), { max: 2, onnotice: () => {} });
  try {
    started = performance.now();
    const restore = spawnSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restoredUrl}`, dump], { encoding: 'utf8' });
    if (restore.status !== 0) throw new Error(`pg_restore: ${restore.stderr}`);
    const restoreSeconds = seconds(started);
    started = performance.now();
    const verify = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/audit-verify.ts'], {
      cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: restoredUrl.toString(), DEV_MAILBOX: 'true' },
    });
    const verifySeconds = seconds(started);
    const [before, after] = await Promise.all([rowCounts(original), rowCounts(restored)]);
    const tablesDiffering = Object.keys(before).filter((table) => before[table] !== after[table]);
    const app = await startApp(deploymentEnv(restoredUrl.toString(), sink.port), 'restored-app');
    const cookie = await sessionCookie(restored, demoAccounts.privacy);
    const rows = await original<{ id: string; org_id: string; pdf_sha256: string }[]>`
      select id, org_id, pdf_sha256 from agreements where pdf is not null order by id`;
    let same = 0;
    const differing: string[] = [];
    for (const row of rows) {
      const response = await fetch(`${app.origin}/api/orgs/${row.org_id}/agreements/${row.id}/pdf`, { headers: { Cookie: cookie } });
      const sha = createHash('sha256').update(Buffer.from(await response.arrayBuffer())).digest('hex');
      if (response.status === 200 && sha === row.pdf_sha256) same++;
      else differing.push(`${row.id}: ${response.status} ${sha}`);
    }
    await app.kill();
    const figures = {
      dumpBytes: fs.statSync(dump).size,
      dumpSeconds,
      restoreSeconds,
      auditVerify: `exit ${verify.status}: ${(verify.stdout + verify.stderr).trim().split('\n').at(-1)}`,
      auditVerifySeconds: verifySeconds,
      auditEvents: before.audit_events,
      tables: Object.keys(before).length,
      rows: Object.values(before).reduce((sum, n) => sum + n, 0),
      tablesDiffering,
      pdfs: rows.length,
      samePdfServed: same,
      differing,
    };
    if (verify.status !== 0 || tablesDiffering.length || same !== rows.length || rows.length === 0) {
      shortfalls.push(`backup: ${JSON.stringify(figures)}`);
    }
    return figures;
  } finally {
    fs.rmSync(dump, { force: true });
    await Promise.all([original.end({ timeout: 5 }), restored.end({ timeout: 5 })]);
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
}
