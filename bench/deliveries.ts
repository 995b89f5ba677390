// Benchmark: the change-notice outbox (lib/change-notices/send-due-deliveries.ts, run by the job
// runner in lib/jobs) draining 20,000 queued
// deliveries through a local SMTP sink, next to raw pooled nodemailer throughput to the same sink in
// the same run. Needs PostgreSQL (DATABASE_URL: a server where it may create a scratch database).
// Reports; never fails. Run alone: DATABASE_URL=... npx tsx --conditions=react-server bench/deliveries.ts
//
// Both sides get the same two fixes PERFORMANCE.md describes: sockets with TCP_NODELAY on both ends
// (otherwise Nagle + delayed ACK add ~40 ms per SMTP command round trip), and a pool of 5
// connections (one connection per mail spends most of its time in the handshake).
import net from 'node:net';
import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import postgres from 'postgres';
import { SMTPServer } from 'smtp-server';

const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 20_000);
const ORGS = DELIVERIES / 2;
const WARMUP = 200;

function startSink() {
  let accepted = 0;
  let waiter: { target: number; resolve: () => void } | null = null;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        accepted++;
        if (waiter && accepted >= waiter.target) waiter.resolve();
        callback();
      });
    },
  });
  smtp.server.on('connection', (socket: net.Socket) => socket.setNoDelay(true));
  return new Promise<{ port: number; accepted: () => number; until: (n: number) => Promise<void>; close: () => Promise<void> }>(
    (resolve) => {
      smtp.listen(0, '127.0.0.1', () => {
        resolve({
          port: (smtp.server.address() as net.AddressInfo).port,
          accepted: () => accepted,
          until: (n) => (accepted >= n ? Promise.resolve() : new Promise<void>((r) => (waiter = { target: n, resolve: r }))),
          close: () => new Promise<void>((r) => smtp.close(() => r())),
        });
      });
    },
  );
}

/** Raw nodemailer: the same pool settings and socket options as lib/mail/transport.ts. */
async function rawThroughput(port: number, count: number, mail: { subject: string; text: string; html?: string }) {
  const options: SMTPPool.Options = { host: '127.0.0.1', port, pool: true, maxConnections: 5, secure: false, ignoreTLS: true };
  options.getSocket = ((opts: { host: string; port: number }, callback: (e: Error | null, s?: { connection: net.Socket }) => void) => {
    const socket = net.connect(Number(opts.port), String(opts.host));
    socket.setNoDelay(true);
    socket.once('connect', () => callback(null, { connection: socket }));
    socket.once('error', (error) => callback(error));
  }) as unknown as SMTPPool.Options['getSocket'];
  const transport = nodemailer.createTransport(options);
  const send = (i: number) =>
    transport.sendMail({ from: 'bench@localhost', to: `r${i}@bench.example`, ...mail, messageId: `<raw-${i}-${Date.now()}@bench>` });
  await Promise.all(Array.from({ length: WARMUP }, (_, i) => send(i)));
  const started = performance.now();
  await Promise.all(Array.from({ length: count }, (_, i) => send(i)));
  const ms = performance.now() - started;
  transport.close();
  return ms;
}

async function withScratchDatabase<T>(adminUrl: string, run: () => Promise<T>): Promise<T> {
  const name = `dpa_bench_deliveries_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  try {
    return await run();
  } finally {
    const { closeDb } = await import('@/db/client');
    await closeDb();
    process.env.DATABASE_URL = adminUrl;
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  }
}

/** 10,000 organisations with one notice each and two recipients per notice, all queued. */
async function queueDeliveries() {
  const { getDb } = await import('@/db/client');
  const db = getDb();
  await db.execute(sql`insert into settings (id, provider_name, provider_address, managing_director, dpo_name, dpo_email, support_email, support_phone)
    values (1, 'Bench GmbH', 'Benchstraße 1, 12345 Bench', 'B. Ench', 'D. P. O.', 'dpo@bench.example', 'support@bench.example', '+49 1 2') on conflict do nothing`);
  await db.execute(sql`insert into services (id, code, name, description, processes_personal_data, purpose)
    values ('00000000-0000-4000-8000-000000000001', 'email', '{"de":"E-Mail","en":"E-mail"}', '{"de":"","en":""}', true, '{"de":"","en":""}')`);
  await db.execute(sql`insert into subprocessors (id, legal_name, address, country, purpose, safeguard, status, active_from)
    values ('00000000-0000-4000-8000-000000000002', 'Rechenzentrum AG', 'Frankfurt', 'DE', '{"de":"Hosting","en":"Hosting"}', 'eu_eea', 'active', '2020-01-01')`);
  await db.execute(sql`insert into change_notices (id, kind, subprocessor_id, title, description, status, announced_at, effective_at, objections_close_at)
    values ('00000000-0000-4000-8000-000000000003', 'update', '00000000-0000-4000-8000-000000000002',
      '{"de":"Neuer Standort","en":"New site"}', '{"de":"Umzug in ein neues Rechenzentrum.","en":"Move to a new data centre."}',
      'announced', now(), now() + interval '31 days', now() + interval '31 days')`);
  await db.execute(sql`insert into change_notice_services values ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001')`);
  await db.execute(sql`insert into organisations (customer_number, legal_name, street, postal_code, city)
    select 'B-' || i, 'Bench Kunde ' || i || ' GmbH', 'Weg ' || i, '12345', 'Bench' from generate_series(1, ${ORGS}) i`);
  await db.execute(sql`insert into notices (change_notice_id, org_id) select '00000000-0000-4000-8000-000000000003', id from organisations`);
  await db.execute(sql`insert into deliveries (notice_id, recipient, locale, message_id)
    select n.id, r || '@' || o.customer_number || '.bench.example', case when r = 'a' then 'de' else 'en' end::locale,
           '<' || gen_random_uuid() || '@bench>'
    from notices n join organisations o on o.id = n.org_id cross join (values ('a'), ('b')) v(r)`);
  await db.execute(sql`analyze deliveries`);
  return db;
}

export async function benchDeliveries(): Promise<string> {
  const adminUrl = process.env.DATABASE_URL;
  const title = '## Change-notice deliveries (outbox → SMTP)\n\n';
  if (!adminUrl) return `${title}Skipped: needs DATABASE_URL (PostgreSQL).\n`;
  const sink = await startSink();
  try {
    // env() is read once per process: point it at the sink before anything reads it.
    process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
    process.env.APP_URL ??= 'http://localhost:3000';
    delete process.env.DEV_MAILBOX;
    const { env } = await import('@/lib/env');
    if (env().SMTP_URL !== process.env.SMTP_URL) return `${title}Skipped: the environment was read before the sink started.\n`;
    const { renderMail } = await import('@/lib/mail/templates');
    const sample = renderMail('change-notice', 'de', {
      changeNotice: {
        kind: 'update',
        title: { de: 'Neuer Standort', en: 'New site' },
        description: { de: 'Umzug in ein neues Rechenzentrum.', en: 'Move to a new data centre.' },
        effectiveAt: new Date(Date.now() + 31 * 86_400_000),
        isEmergency: false,
        emergencyReason: null,
      },
      subprocessor: { legalName: 'Rechenzentrum AG', country: 'DE', safeguard: 'eu_eea', safeguardNote: null },
      services: [{ name: { de: 'E-Mail', en: 'E-mail' } }],
      orgName: 'Bench Kunde 1 GmbH',
      objectUrl: 'http://localhost:3000/orgs/x/notices/y',
    });
    const rawMs = await rawThroughput(sink.port, DELIVERIES, sample);

    return await withScratchDatabase(adminUrl, async () => {
      const { migrateDatabase } = await import('@/db/migrate');
      await migrateDatabase();
      const db = await queueDeliveries();
      const { sendDeliveriesJob } = await import('@/lib/change-notices/send-due-deliveries');
      const { drainOutbox } = await import('@/lib/jobs/run-job');
      const { closeSmtpTransport } = await import('@/lib/mail/transport');
      const before = sink.accepted();
      const started = performance.now();
      // One worker draining the outbox, as the app runs it inline (lib/jobs/worker.ts).
      await drainOutbox(sendDeliveriesJob);
      await sink.until(before + DELIVERIES);
      const workerMs = performance.now() - started;
      closeSmtpTransport();
      const [left] = (await db.execute(sql`select count(*)::int as n from deliveries where state <> 'sent'`)) as unknown as { n: number }[];
      const rate = (ms: number) => Math.round((DELIVERIES / ms) * 1000);
      const share = rawMs / workerMs;
      return [
        title,
        `${DELIVERIES.toLocaleString('en')} queued deliveries (${ORGS.toLocaleString('en')} organisations × 2 recipients), local smtp-server sink, 5 pooled connections, TCP_NODELAY on both ends.\n\n`,
        '| | time until the last mail is accepted | mails/s |\n|---|---:|---:|\n',
        `| raw nodemailer pool (baseline) | ${(rawMs / 1000).toFixed(2)} s | ${rate(rawMs)} |\n`,
        `| portal outbox worker (claim, render, send, record) | ${(workerMs / 1000).toFixed(2)} s | ${rate(workerMs)} |\n\n`,
        `Worker throughput is ${(share * 100).toFixed(0)} % of raw (goal: at least 50 %): ${share >= 0.5 ? 'met' : 'NOT met'}. `,
        `Deliveries not sent afterwards: ${left?.n ?? '?'}.\n`,
      ].join('');
    });
  } finally {
    await sink.close();
  }
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('bench/deliveries.ts')) {
  benchDeliveries().then(
    (markdown) => {
      console.log(markdown);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
