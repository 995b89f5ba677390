import 'server-only';
import { onMailQueued } from '@/lib/mail/wake';
import type { Job } from './job';
import { jobs as allJobs } from './jobs';
import { drainOutbox, runPeriodicJob } from './run-job';

/** How often the outboxes are looked at without a wake-up (rows queued by another instance). */
const POLL_MS = 1_000;
const workerKey = Symbol.for('dpa-portal.worker');

type Worker = { stop: () => Promise<void> };

/**
 * The worker: inside the app process (MAIL_WORKER=inline, lib/startup.ts) or alone
 * (`npm run worker`, scripts/worker.ts). Any number may run against one PostgreSQL: outbox rows are
 * claimed with SKIP LOCKED, periodic jobs are idempotent.
 *
 * A tick drains every outbox (each on its own, so a failure in one does not hold up the others),
 * then runs the periodic jobs whose interval has passed. Ticks come from the poll and from
 * wakeMailWorker(), which use cases call through ctx.afterCommit() once their rows are committed;
 * a wake-up during a tick runs one more tick right after it.
 */
export function startWorker(jobs: readonly Job[] = allJobs): Worker {
  const g = globalThis as typeof globalThis & { [workerKey]?: Worker };
  if (g[workerKey]) return g[workerKey];

  const outboxJobs = jobs.filter((job) => job.kind === 'outbox');
  const periodicJobs = jobs.filter((job) => job.kind === 'periodic');
  // The host clock only paces the periodic jobs; what is due is decided by the database's clock.
  const lastRun = new Map<string, number>();
  const report = (job: Job) => (error: unknown) => console.error(`[worker] ${job.name}`, error);
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const work = async () => {
    do {
      again = false;
      await Promise.all(outboxJobs.map((job) => drainOutbox(job).catch(report(job))));
      for (const job of periodicJobs) {
        if (stopped || Date.now() - (lastRun.get(job.name) ?? 0) < job.everyMs) continue;
        lastRun.set(job.name, Date.now());
        await runPeriodicJob(job).catch(report(job));
      }
    } while (again && !stopped);
  };
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = work().finally(() => {
      running = null;
    });
  };

  const timer = setInterval(tick, POLL_MS);
  timer.unref();
  const off = onMailQueued(tick);
  const worker: Worker = {
    /** Stops taking work and waits for the tick in progress (a claimed batch is settled first). */
    async stop() {
      stopped = true;
      clearInterval(timer);
      off();
      await running;
      delete g[workerKey];
    },
  };
  g[workerKey] = worker;
  tick();
  return worker;
}
