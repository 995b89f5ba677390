import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueMail } from '@/lib/mail/queue-mail';
import { sendMailsJob } from '@/lib/mail/send-due-mails';
import { closeSmtpTransport } from '@/lib/mail/transport';
import { runAs, runAsSystem } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { definePeriodicJob } from './job';
import { startWorker } from './worker';

// The worker as the app runs it inline: a mail queued by a use case goes out once its transaction
// has committed (ctx.afterCommit wakes the worker), never for a transaction that rolled back;
// periodic jobs run as the system actor named after the job.

const received: string[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      received.push(session.envelope.rcptTo[0]!.address);
      callback();
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  delete process.env.DEV_MAILBOX;
});

afterAll(async () => {
  closeSmtpTransport();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** Waits until `check` holds; the worker runs on its own, so the test can only watch. */
async function eventually(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never happened: ${what}`);
}

const mail = (to: string) => ({ to, locale: 'de' as const, template: 'confirm-contact' as const, params: { orgName: 'Worker GmbH', url: 'https://x.example/c' } });

describe('the worker', () => {
  it('sends what a committed transaction queued, nothing of one that rolled back, and runs periodic jobs as the system', async () => {
    const runs: { job: string; kind: string }[] = [];
    const probe = definePeriodicJob({
      name: 'probe',
      everyMs: 60_000,
      async handler(ctx) {
        runs.push({ job: ctx.actor.job, kind: ctx.actor.kind });
      },
    });
    const worker = startWorker([sendMailsJob, probe]);
    try {
      await expect(
        runAs(null, async (ctx) => {
          await queueMail(ctx, mail('rolled-back@worker.example'));
          throw new Error('the use case fails after queueing');
        }),
      ).rejects.toThrow('the use case fails');
      await runAsSystem((ctx) => queueMail(ctx, mail('committed@worker.example')));
      // The SMTP server has the mail a moment before the worker records it as sent: wait for both.
      const state = async () => (await sql<{ state: string }>`select state from mails where "to" = 'committed@worker.example'`)[0]?.state;
      await eventually(async () => (await state()) === 'sent', 'the committed mail is sent and recorded');
      expect(received).toContain('committed@worker.example');
      expect(await sql`select 1 from mails where "to" = 'rolled-back@worker.example'`).toEqual([]);
      expect(received).not.toContain('rolled-back@worker.example');
      await eventually(async () => runs.length > 0, 'the periodic job runs');
      expect(runs).toEqual([{ job: 'probe', kind: 'system' }]);
    } finally {
      await worker.stop();
    }
  });
});
