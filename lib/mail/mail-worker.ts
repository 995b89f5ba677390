import 'server-only';
import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { applyDueChangeNotices } from '@/lib/change-notices/apply-due-change-notices';
import { sendDueDeliveries } from '@/lib/change-notices/send-due-deliveries';
import { sendDueWebhooks } from '@/lib/change-notices/send-due-webhooks';
import { sendDueMails } from './send-due-mails';
import { onMailQueued } from './wake';

const POLL_MS = 1_000;
/** Change notices take effect on a day boundary; once a minute is plenty (and safe to run twice). */
const APPLY_MS = 60_000;
const workerKey = Symbol.for('dpa-portal.mail-worker');

/** Drains one outbox: keeps claiming batches while there are any. */
async function drain(send: () => Promise<number>) {
  while ((await send()) > 0);
}

/**
 * Runs inside the app process by default (MAIL_WORKER=inline), or alone via `npm run worker`.
 * Any number of workers may run against one PostgreSQL: claims use SKIP LOCKED.
 *
 * One tick drains the three outboxes: mails, change-notice deliveries and webhook deliveries.
 * With the development mailbox, queueMail() already files mails as sent; deliveries still need the
 * worker (it renders them into the mailbox), and so do webhooks. Once a minute a tick also applies
 * change notices whose effective time has come (idempotent, so several workers may do it).
 */
export function startMailWorker() {
  const g = globalThis as typeof globalThis & { [workerKey]?: () => void };
  if (g[workerKey]) return;
  const mailbox = env().mailbox;
  let running = false;
  let again = false;
  let lastApply = 0;
  const tick = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const db = getDb();
        // Each outbox on its own: a failure in one must not hold up the others.
        const results = await Promise.allSettled([
          mailbox ? Promise.resolve() : drain(() => sendDueMails(db)),
          drain(() => sendDueDeliveries(db)),
          drain(() => sendDueWebhooks(db)),
        ]);
        for (const result of results) {
          if (result.status === 'rejected') console.error('[mail-worker]', result.reason);
        }
        if (Date.now() - lastApply >= APPLY_MS) {
          lastApply = Date.now();
          await applyDueChangeNotices(db).catch((error: unknown) => console.error('[mail-worker] apply', error));
        }
      } while (again);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, POLL_MS);
  timer.unref();
  const off = onMailQueued(tick);
  g[workerKey] = () => {
    clearInterval(timer);
    off();
  };
  void tick();
}
