import 'server-only';
import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { sendDueMails } from './send-due-mails';
import { onMailQueued } from './wake';

const POLL_MS = 1_000;
const workerKey = Symbol.for('dpa-portal.mail-worker');

/**
 * Runs inside the app process by default (MAIL_WORKER=inline), or alone via `npm run worker`.
 * Any number of workers may run against one PostgreSQL: claims use SKIP LOCKED.
 */
export function startMailWorker() {
  const g = globalThis as typeof globalThis & { [workerKey]?: () => void };
  if (g[workerKey] || env().mailbox) return;
  let running = false;
  let again = false;
  const tick = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        while ((await sendDueMails(getDb())) > 0) again = false;
      } while (again);
    } catch (error) {
      console.error('[mail-worker]', error);
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
