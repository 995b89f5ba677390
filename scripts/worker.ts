// npm run worker - the mail worker as a process of its own (set MAIL_WORKER=off on the app instances
// to leave all sending to such workers). Any number may run: claims use FOR UPDATE SKIP LOCKED.
import { closeDb, getHandle } from '@/db/client';
import { env } from '@/lib/env';
import { startMailWorker } from '@/lib/mail/mail-worker';
import { closeSmtpTransport } from '@/lib/mail/transport';

if (getHandle().driver === 'pglite') {
  console.error('npm run worker needs DATABASE_URL: the embedded database belongs to the app process.');
  process.exit(1);
}
if (env().mailbox) {
  console.error('npm run worker needs SMTP_URL: without it mail goes to the development mailbox.');
  process.exit(1);
}
startMailWorker();
console.log('mail worker running; Ctrl-C to stop');
const keepAlive = setInterval(() => {}, 60_000);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    clearInterval(keepAlive);
    closeSmtpTransport();
    await closeDb();
    process.exit(0);
  });
}
