import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { deliveries } from '@/db/schema';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { claimDue } from '@/lib/jobs/claim';
import { drainOutbox, runOutboxBatch } from '@/lib/jobs/run-job';
import { closeSmtpTransport } from '@/lib/mail/transport';
import { addNoticeContact } from '@/lib/subscriptions/add-notice-contact';
import { confirmNoticeContact } from '@/lib/subscriptions/confirm-notice-contact';
import { announceTestChangeNotice } from '@/lib/testing/announce-change-notice';
import { actorFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { sendDeliveriesJob } from './send-due-deliveries';

// The change-notice outbox, run by the job runner, against a real SMTP server (smtp-server on a
// free port, stopped and started again on the same port to play an outage), on the test database.

type Received = { to: string; messageId: string; raw: string };
const received: Received[] = [];
/** What the server answers to DATA, per attempt: ok, a 4xx or a 5xx. */
let reply: 'ok' | 'temporary' | 'permanent' = 'ok';
let temporaryOnce = false;
let smtp: SMTPServer;
let port = 0;

function startSmtp(listenPort: number) {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const messageId = raw.match(/^Message-ID: (.+)$/im)?.[1]?.trim() ?? '';
        const to = session.envelope.rcptTo[0]!.address;
        if (reply !== 'ok' || temporaryOnce) {
          const temporary = reply === 'temporary' || temporaryOnce;
          temporaryOnce = false;
          attempts.push({ to, messageId, raw });
          return callback(Object.assign(new Error(temporary ? 'try again later' : 'mailbox unavailable'), { responseCode: temporary ? 451 : 550 }));
        }
        received.push({ to, messageId, raw });
        callback();
      });
    },
  });
  return new Promise<void>((resolve) => smtp.listen(listenPort, '127.0.0.1', resolve));
}
const attempts: Received[] = [];

async function stopSmtp() {
  closeSmtpTransport();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
}

beforeAll(async () => {
  await startSmtp(0);
  port = (smtp.server.address() as AddressInfo).port;
  // After the harness's set-up (which picks the development mailbox): this file sends for real.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  delete process.env.DEV_MAILBOX;
});

afterAll(async () => {
  await stopSmtp();
});

beforeEach(async () => {
  reply = 'ok';
  temporaryOnce = false;
  received.length = 0;
  attempts.length = 0;
  await sql`delete from deliveries`;
});

const orgId = seedId(`org:${demoOrgs.current}`);
const meta = { ip: '192.0.2.1', userAgent: 'vitest' };

/** Announces a fresh change notice to everyone booking e-mail or web hosting; returns its deliveries. */
async function announce() {
  const id = await announceTestChangeNotice(
    { de: 'Neuer Brandabschnitt', en: 'New fire compartment' },
    { de: 'Das Rechenzentrum zieht in einen neuen Brandabschnitt.', en: 'The data centre moves to a new fire compartment.' },
  );
  const rows = await sql<{ id: string; recipient: string; message_id: string; locale: string }>`
    select d.id, d.recipient, d.message_id, d.locale from deliveries d join notices n on n.id = d.notice_id
    where n.change_notice_id = ${id}`;
  expect(rows.length).toBeGreaterThan(3);
  return { changeNoticeId: id, rows };
}

const drain = (batch?: number) => drainOutbox(sendDeliveriesJob, { batch });
const sendBatch = (batch: number) => runOutboxBatch(sendDeliveriesJob, { batch });

async function states() {
  return sql<{ state: string; n: number }>`select state, count(*)::int as n from deliveries group by state order by state`;
}

/** Every delivery arrived exactly once, with its own stored Message-ID. */
function expectEachOnce(rows: { recipient: string; message_id: string }[]) {
  expect(received.map((m) => m.messageId).sort()).toEqual(rows.map((r) => r.message_id).sort());
  expect(new Set(received.map((m) => m.messageId)).size).toBe(received.length);
  for (const row of rows) expect(received.find((m) => m.messageId === row.message_id)!.to).toBe(row.recipient.toLowerCase());
}

describe('change-notice deliveries', () => {
  it('delivers every delivery exactly once, in the recipient language, with a link to object', async () => {
    const { rows } = await announce();
    await drain();
    expectEachOnce(rows);
    expect(await states()).toEqual([{ state: 'sent', n: rows.length }]);
    const de = rows.find((r) => r.locale === 'de')!;
    const mail = received.find((m) => m.messageId === de.message_id)!.raw.replace(/=\r?\n/g, '');
    expect(mail).toContain('Subject: =?UTF-8?');
    expect(mail).toContain('multipart/alternative');
    expect(mail).toMatch(/\/orgs\/[0-9a-f-]{36}\/notices\/[0-9a-f-]{36}/);
    const [sentAt] = await sql<{ ok: boolean }>`select bool_and(sent_at is not null and attempts = 1) as ok from deliveries`;
    expect(sentAt!.ok).toBe(true);
  });

  it('SMTP down in the middle of a fan-out, then back: every delivery arrives, none twice', async () => {
    const { rows } = await announce();
    await sendBatch(2);
    expect(received).toHaveLength(2);

    await stopSmtp();
    await drain(2);
    const waiting = await sql<{ state: string; attempts: number; last_error: string; later: boolean }>`
      select state, attempts, last_error, next_attempt_at > now() as later from deliveries where state <> 'sent'`;
    expect(waiting).toHaveLength(rows.length - 2);
    for (const row of waiting) {
      expect(row).toMatchObject({ state: 'queued', attempts: 1, later: true });
      expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
    }

    await startSmtp(port);
    await sql`update deliveries set next_attempt_at = now() - interval '1 second' where state = 'queued'`;
    await drain(2);
    expectEachOnce(rows);
    expect(await states()).toEqual([{ state: 'sent', n: rows.length }]);
  });

  it('a worker killed after claiming: its rows are sent by the next run once the claim expires', async () => {
    const { rows } = await announce();
    const abandoned = await claimDue(getDb(), deliveries, 3);
    expect(abandoned).toHaveLength(3);
    // The next worker sends the rest but leaves the claimed rows alone while the claim holds.
    await drain();
    expect(received).toHaveLength(rows.length - 3);
    expect((await states()).find((s) => s.state === 'sending')?.n).toBe(3);

    await sql`update deliveries set locked_until = now() - interval '1 second' where state = 'sending'`;
    await drain();
    expectEachOnce(rows);
    const retaken = await sql<{ attempts: number }>`select attempts from deliveries where id in (${abandoned[0]!.id}, ${abandoned[1]!.id}, ${abandoned[2]!.id})`;
    expect(retaken.map((r) => r.attempts)).toEqual([2, 2, 2]);
  });

  it('two workers at once never send the same delivery twice', async () => {
    const { rows } = await announce();
    await Promise.all([drain(2), drain(2), drain(3)]);
    expectEachOnce(rows);
  });

  it('a 5xx reply fails the delivery at once, without retry', async () => {
    const { rows } = await announce();
    reply = 'permanent';
    await drain();
    await sql`update deliveries set next_attempt_at = now() - interval '1 second'`;
    await drain();
    expect(received).toHaveLength(0);
    const failed = await sql<{ state: string; attempts: number; last_error: string }>`select state, attempts, last_error from deliveries`;
    expect(failed).toHaveLength(rows.length);
    for (const row of failed) {
      expect(row).toMatchObject({ state: 'failed', attempts: 1 });
      expect(row.last_error).toContain('550');
    }
  });

  it('a 4xx reply is retried later with the same Message-ID', async () => {
    const { rows } = await announce();
    temporaryOnce = true;
    await sendBatch(1);
    expect(attempts).toHaveLength(1);
    const [retry] = await sql<{ state: string; attempts: number; message_id: string; last_error: string }>`
      select state, attempts, message_id, last_error from deliveries where attempts = 1 and state = 'queued'`;
    expect(retry).toMatchObject({ state: 'queued', attempts: 1, message_id: attempts[0]!.messageId });
    expect(retry!.last_error).toContain('451');

    await sql`update deliveries set next_attempt_at = now() - interval '1 second' where id = (select id from deliveries where message_id = ${retry!.message_id})`;
    await drain();
    expectEachOnce(rows);
    const again = received.find((m) => m.messageId === retry!.message_id)!;
    expect(again.to).toBe(attempts[0]!.to);
  });

  it('a notice contact gets nothing until confirmed, then every notice', async () => {
    const contact = 'dpo@extern-datenschutz.example';
    const signatory = await actorFor(demoAccounts.signatory);
    const added = await runAs(signatory, (ctx) => addNoticeContact(ctx, { orgId, email: contact, name: 'Externe DSB', locale: 'en' }), { request: meta });
    const [confirmation] = await sql<{ url: string; state: string }>`select params->>'url' as url, state from mails where "to" = ${contact}`;
    expect(confirmation!.state).toBe('queued');
    const token = confirmation!.url.match(/token=([A-Za-z0-9_-]{43})/)![1]!;

    const before = await announce();
    expect(before.rows.some((r) => r.recipient === contact)).toBe(false);

    await runAs(null, (ctx) => confirmNoticeContact(ctx, { token }), { request: meta });
    const after = await announce();
    const mine = after.rows.filter((r) => r.recipient === contact);
    expect(mine).toEqual([expect.objectContaining({ locale: 'en' })]);
    await drain();
    const mail = received.find((m) => m.to === contact)!;
    expect(mail.raw.replace(/=\r?\n/g, '')).toMatch(/Deadline to object: \d{2} \w{3} \d{4}, 23:59 \(CES?T\)/);
    expect(added.email).toBe(contact);
  });
});
