// npm run worker - the job worker as a process of its own (set MAIL_WORKER=off on the app instances
// to leave all jobs to such workers): mails, change-notice deliveries, webhooks, change notices
// taking effect, pruning rate-limit counters. Any number may run: claims use FOR UPDATE SKIP LOCKED.
import { closeDb, getHandle } from '@/db/client';
import { env } from '@/lib/env';
import { startWorker } from '@/lib/jobs/worker';
import { closeSmtpTransport } from '@/lib/mail/transport';

if (getHandle().driver === 'pglite') {
  console.error('npm run worker needs DATABASE_URL: the embedded database belongs to the app process.');
  process.exit(1);
}
if (env().mailbox) {
  console.error('npm run worker needs SMTP_URL: without it mail goes to the development mailbox.');
  process.exit(1);
}
const worker = startWorker();
console.log('worker running; Ctrl-C to stop');
const keepAlive = setInterval(() => {}, 60_000);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    clearInterval(keepAlive);
    // Let the batch in hand finish and be recorded, so nothing waits for its claim to expire.
    await worker.stop();
    closeSmtpTransport();
    await closeDb();
    process.exit(0);
  });
}
