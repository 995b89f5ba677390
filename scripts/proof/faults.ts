// npm run proof:faults - issue 15, item 6: faults around a running production server.
//   1. PostgreSQL unreachable during use (a TCP proxy between app and server is cut, then restored;
//      the shared PostgreSQL server itself is never restarted): every request fails cleanly - 503,
//      no stack trace, within seconds - and the app recovers without a restart. Then the server
//      terminates the app's connections (pg_terminate_backend): the app carries on.
//   2. The SMTP relay is down for the length of a fan-out (200 recipients): nothing is lost, each
//      recipient gets the notice once after the relay is back.
//   3. pg_dump of the database, restored into a fresh one: `npm run audit:verify` passes there and
//      an app on the restored database serves every agreement PDF with the same SHA-256.
// Writes test-results/proof/faults.json; exits 1 on any shortfall. Takes 3-4 minutes (retry backoff).
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> npm run proof:faults
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { backupRestore, sessionCookie } from './backup';
import {
  deploymentEnv, report, runProof, scratchDatabase, sleep, startApp, startProxy, startSink, startWorker, until,
} from './harness';

const stackTrace = /\n\s+at .+:\d+:\d+|node_modules|Error: .*\n/;
const shortfalls: string[] = [];

type Probe = { name: string; status: number; ms: number; retryAfter: string | null; leaks: boolean };

async function probe(name: string, url: string, init: RequestInit = {}): Promise<Probe> {
  const started = performance.now();
  try {
    const response = await fetch(url, { redirect: 'manual', ...init, signal: AbortSignal.timeout(30_000) });
    const body = await response.text();
    return { name, status: response.status, ms: Math.round(performance.now() - started), retryAfter: response.headers.get('retry-after'), leaks: stackTrace.test(body) };
  } catch (error) {
    return { name, status: 0, ms: Math.round(performance.now() - started), retryAfter: null, leaks: false, ...{ error: String(error) } };
  }
}

async function databaseLoss() {
  const db = await scratchDatabase('faults');
  const sink = await startSink();
  const pg = new URL(db.url);
  const proxy = await startProxy({ host: pg.hostname, port: Number(pg.port || 5432) });
  const viaProxy = new URL(db.url);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  const env = deploymentEnv(viaProxy.toString(), sink.port);
  const app = await startApp(env, 'faults-app');
  const cookie = await sessionCookie(db.sql, demoAccounts.privacy);
  const [agreement] = await db.sql<{ id: string; org_id: string }[]>`select id, org_id from agreements where pdf is not null limit 1`;
  const requests = (label: string) => [
    probe(`${label} GET /api/health`, `${app.origin}/api/health`),
    probe(`${label} GET /account (page, signed in)`, `${app.origin}/account`, { headers: { Cookie: cookie } }),
    probe(`${label} GET /sign-in (public page)`, `${app.origin}/sign-in`),
    probe(`${label} GET agreement PDF (route)`, `${app.origin}/api/orgs/${agreement!.org_id}/agreements/${agreement!.id}/pdf`, { headers: { Cookie: cookie } }),
  ];
  const before = await Promise.all(requests('before'));
  proxy.cut();
  const during = [];
  for (let round = 0; round < 3; round++) during.push(...(await Promise.all(requests(`cut #${round + 1}`))));
  proxy.restore();
  const restored = Date.now();
  await until('recovery', async () => (await probe('health', `${app.origin}/api/health`)).status === 200, 60_000);
  const after = await Promise.all(requests('restored'));
  const recoverySeconds = (Date.now() - restored) / 1000;

  // The server ends every connection of the app (as a failover or an administrator would).
  const [terminated] = await db.sql<{ n: number }[]>`
    select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
    where datname = ${db.name} and application_name = 'dpa-portal'`;
  const afterTerminate = [];
  for (let round = 0; round < 3; round++) afterTerminate.push(...(await Promise.all(requests(`terminated #${round + 1}`))));

  const bad = (p: Probe, allowed: number[]) => !allowed.includes(p.status) || p.leaks;
  if (before.some((p) => bad(p, [200]))) shortfalls.push(`before the cut: ${JSON.stringify(before)}`);
  // Cut: 503 for everything that needs the database; the public sign-in page needs none.
  const duringBad = during.filter((p) => (p.name.includes('/sign-in') ? bad(p, [200, 503]) : bad(p, [503])) || p.ms > 15_000);
  if (duringBad.length) shortfalls.push(`while cut: ${JSON.stringify(duringBad)}`);
  if (after.some((p) => bad(p, [200]))) shortfalls.push(`after restoring: ${JSON.stringify(after)}`);
  const terminateBad = afterTerminate.filter((p) => bad(p, [200, 503]));
  if (terminateBad.length || afterTerminate.slice(-4).some((p) => p.status !== 200)) shortfalls.push(`after pg_terminate_backend: ${JSON.stringify(afterTerminate)}`);
  await app.kill();
  return {
    figures: {
      before: before.map((p) => `${p.name}: ${p.status}`),
      whileCut: during.map((p) => `${p.name}: ${p.status} in ${p.ms} ms${p.retryAfter ? `, Retry-After ${p.retryAfter}` : ''}${p.leaks ? ', STACK TRACE' : ''}`),
      afterRestore: after.map((p) => `${p.name}: ${p.status}`),
      recoverySeconds,
      terminatedConnections: terminated!.n,
      afterTerminate: afterTerminate.map((p) => `${p.name}: ${p.status}`),
    },
    db,
    sink,
  };
}

async function smtpDown(db: Awaited<ReturnType<typeof scratchDatabase>>, sink: Awaited<ReturnType<typeof startSink>>) {
  const RECIPIENTS = 200;
  const env = deploymentEnv(db.url, sink.port);
  await sink.down();
  const worker = startWorker(env, 'faults-worker');
  const ids = { service: '00000000-0000-4000-8000-0000000000b1', subprocessor: '00000000-0000-4000-8000-0000000000b2', notice: '00000000-0000-4000-8000-0000000000b3' };
  const sql = db.sql;
  await sql`insert into services (id, code, name, description, processes_personal_data, purpose)
    values (${ids.service}, 'proof-down', '{"de":"Proof","en":"Proof"}', '{"de":"","en":""}', true, '{"de":"","en":""}')`;
  await sql`insert into subprocessors (id, legal_name, address, country, purpose, safeguard, status, active_from)
    values (${ids.subprocessor}, 'Proof Relay AG', 'Berlin', 'DE', '{"de":"Hosting","en":"Hosting"}', 'eu_eea', 'active', '2020-01-01')`;
  await sql`insert into change_notices (id, kind, subprocessor_id, title, description, status, announced_at, effective_at, objections_close_at)
    values (${ids.notice}, 'update', ${ids.subprocessor}, '{"de":"Neuer Standort","en":"New site"}', '{"de":"Umzug.","en":"Move."}',
      'announced', now(), now() + interval '31 days', now() + interval '31 days')`;
  await sql`insert into change_notice_services values (${ids.notice}, ${ids.service})`;
  await sql`insert into organisations (customer_number, legal_name, street, postal_code, city)
    select 'D-' || i, 'Down Kunde ' || i || ' GmbH', 'Weg ' || i, '12345', 'Proofstadt' from generate_series(1, ${RECIPIENTS}) i`;
  await sql`insert into notices (change_notice_id, org_id) select ${ids.notice}, id from organisations where customer_number like 'D-%'`;
  await sql`insert into deliveries (notice_id, recipient, locale, message_id)
    select n.id, lower(o.customer_number) || '@down.proof.example', 'de', '<' || gen_random_uuid() || '@proof>'
    from notices n join organisations o on o.id = n.org_id where n.change_notice_id = ${ids.notice}`;
  // Down for the whole fan-out: every delivery is tried at least once while nothing listens.
  await until('every delivery tried once', async () => {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from deliveries where recipient like '%@down.proof.example' and attempts = 0`;
    return row!.n === 0;
  }, 120_000);
  await sleep(5_000);
  const [whileDown] = await sql<{ queued: number; sent: number; failed: number }[]>`
    select count(*) filter (where state = 'queued')::int as queued, count(*) filter (where state = 'sent')::int as sent,
           count(*) filter (where state = 'failed')::int as failed
    from deliveries where recipient like '%@down.proof.example'`;
  await sink.up();
  const upAt = Date.now();
  await until('every delivery sent after the relay is back', async () => {
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from deliveries where recipient like '%@down.proof.example' and state in ('queued', 'sending')`;
    return row!.n === 0;
  }, 300_000);
  await sleep(2_000);
  const counts = [...sink.perRecipient()].filter(([a]) => a.endsWith('@down.proof.example')).map(([, c]) => c);
  const [states] = await sql<{ sent: number; failed: number }[]>`
    select count(*) filter (where state = 'sent')::int as sent, count(*) filter (where state = 'failed')::int as failed
    from deliveries where recipient like '%@down.proof.example'`;
  await worker.kill();
  const figures = {
    recipients: RECIPIENTS,
    whileDown,
    secondsUntilAllSentAfterRelayBack: Math.round((Date.now() - upAt) / 1000),
    received: counts.length,
    exactlyOnce: counts.filter((c) => c === 1).length,
    duplicates: counts.filter((c) => c > 1).reduce((n, c) => n + c - 1, 0),
    sent: states!.sent,
    failed: states!.failed,
  };
  if (whileDown!.sent !== 0 || figures.exactlyOnce !== RECIPIENTS || figures.failed !== 0) shortfalls.push(`SMTP down: ${JSON.stringify(figures)}`);
  return figures;
}

async function main() {
  const { figures: databaseUnreachable, db, sink } = await databaseLoss();
  console.log(JSON.stringify({ databaseUnreachable }, null, 2));
  const smtpRelayDown = await smtpDown(db, sink);
  console.log(JSON.stringify({ smtpRelayDown }, null, 2));
  const backup = await backupRestore({ url: db.url, name: db.name }, sink, shortfalls);
  console.log(JSON.stringify({ backup }, null, 2));
  return report('faults', 'faults', { databaseUnreachable, smtpRelayDown, backup }, shortfalls);
}

runProof(main);
