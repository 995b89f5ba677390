import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { drainOutbox } from '@/lib/jobs/run-job';
import { runAsSystem } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { queueMail } from './queue-mail';
import { sendMailsJob } from './send-due-mails';
import { closeSmtpTransport } from './transport';

// The mail job, run by the job runner, against a real SMTP server (smtp-server on a free port),
// on the test database.
type Received = { to: string[]; raw: string };
const received: Received[] = [];
let reply: 'ok' | 'temporary' | 'permanent' = 'ok';

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(_address, _session, callback) {
    if (reply === 'ok') return callback();
    const error = Object.assign(new Error(reply === 'temporary' ? 'mailbox busy, try later' : 'no such user'), {
      responseCode: reply === 'temporary' ? 451 : 550,
    });
    callback(error);
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
      callback();
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  // After the harness's set-up (which picks the development mailbox): this file sends for real.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  delete process.env.DEV_MAILBOX;
});

afterAll(async () => {
  closeSmtpTransport();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

beforeEach(async () => {
  reply = 'ok';
  received.length = 0;
  await sql`delete from mails`;
});

async function queue(count: number) {
  await runAsSystem(async (ctx) => {
    for (let i = 0; i < count; i++) {
      await queueMail(ctx, {
        to: `r${i}@customer.example`,
        locale: i % 2 ? 'en' : 'de',
        template: 'confirm-contact',
        params: { orgName: `Kunde ${i} & Söhne`, url: `https://dpa.example.com/confirm?token=t${i}` },
      });
    }
  });
}

const drain = () => drainOutbox(sendMailsJob);

const parsed = (to: string) => simpleParser(received.find((m) => m.to[0] === to)!.raw);

describe('mail worker', () => {
  it('delivers each queued mail once, with its stored Message-ID, rendered in its language when sent', async () => {
    await queue(3);
    await drain();
    expect(received).toHaveLength(3);
    const rows = await sql<{ state: string; message_id: string; attempts: number; to: string }>`select state, message_id, attempts, "to" from mails`;
    for (const row of rows) {
      expect(row).toMatchObject({ state: 'sent', attempts: 1 });
      expect(received.some((m) => m.raw.includes(`Message-ID: ${row.message_id}`))).toBe(true);
    }
    const german = await parsed('r0@customer.example');
    expect(german.subject).toBe('Bitte bestätigen: Benachrichtigungen zu Unterauftragsverarbeitern für Kunde 0 & Söhne');
    expect(german.text).toContain('Adresse bestätigen: https://dpa.example.com/confirm?token=t0');
    const english = await parsed('r1@customer.example');
    expect(english.subject).toBe('Please confirm: subprocessor change notices for Kunde 1 & Söhne');
    // The HTML part escapes what the parameters carry.
    expect(english.html).toContain('Kunde 1 &#38; Söhne');
    expect(english.html).not.toContain('Kunde 1 & Söhne');
  });

  it('fails a mail at once whose parameters no longer fit its template, and sends the others', async () => {
    await queue(2);
    await sql`update mails set params = '{"orgName": 7}'::jsonb where "to" = 'r0@customer.example'`;
    await drain();
    expect(received.map((m) => m.to[0])).toEqual(['r1@customer.example']);
    const [broken] = await sql<{ state: string; attempts: number; last_error: string }>`
      select state, attempts, last_error from mails where "to" = 'r0@customer.example'`;
    expect(broken).toMatchObject({ state: 'failed', attempts: 1 });
    expect(broken!.last_error).toContain('confirm-contact');
  });

  it('keeps a mail for a later attempt on a 4xx reply, then delivers it', async () => {
    await queue(1);
    reply = 'temporary';
    await drain();
    const [waiting] = await sql<{ state: string; attempts: number; last_error: string; due_later: boolean }>`
      select state, attempts, last_error, next_attempt_at > now() as due_later from mails`;
    expect(waiting).toMatchObject({ state: 'queued', attempts: 1, due_later: true });
    expect(waiting!.last_error).toContain('451');
    expect(received).toHaveLength(0);

    reply = 'ok';
    await sql`update mails set next_attempt_at = now() - interval '1 second'`;
    await drain();
    expect(received).toHaveLength(1);
    expect((await sql<{ state: string }>`select state from mails`)[0]!.state).toBe('sent');
  });

  it('gives up at once on a 5xx reply', async () => {
    await queue(1);
    reply = 'permanent';
    await drain();
    await sql`update mails set next_attempt_at = now() - interval '1 second'`;
    await drain();
    const [failed] = await sql<{ state: string; attempts: number }>`select state, attempts from mails`;
    expect(failed).toEqual({ state: 'failed', attempts: 1 });
  });

  it('two workers at once never send the same mail twice', async () => {
    await queue(30);
    await Promise.all([drain(), drain()]);
    expect(received).toHaveLength(30);
    expect(new Set(received.map((m) => m.to[0])).size).toBe(30);
  });
});
