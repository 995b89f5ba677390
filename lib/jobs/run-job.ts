import 'server-only';
import type { Database } from '@/db/client';
import { claimDue, errorText, settle, type Outcome } from './claim';
import { jobContext, type Claimed, type OutboxJob, type PeriodicJob } from './job';

type RunOptions = { now?: Date; batch?: number };

/**
 * One round of an outbox job: claim a batch, parse each row's payload, let the handler work,
 * record every outcome. Returns how many rows were claimed (0: nothing is due).
 */
export async function runOutboxBatch<P>(job: OutboxJob<P>, options: RunOptions = {}): Promise<number> {
  const ctx = await jobContext(job.name, options);
  const db = ctx.db as Database;
  const rows = await claimDue(db, job.outbox, options.batch ?? job.batch);
  if (rows.length === 0) return 0;

  const outcomes: { id: string; outcome: Outcome }[] = [];
  const batch: Claimed<P>[] = [];
  for (const row of rows) {
    const parsed = job.payload.safeParse(row);
    if (parsed.success) batch.push({ ...parsed.data, id: row.id, attempts: row.attempts });
    else {
      const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
      outcomes.push({ id: row.id, outcome: { ok: false, permanent: true, error: `invalid ${job.name} row: ${fields}` } });
    }
  }
  if (batch.length > 0) {
    let results: Outcome[];
    try {
      results = await job.handler(ctx, batch);
    } catch (error) {
      // The batch as a whole could not be handled (e.g. the database went away while loading):
      // every row gets another attempt later instead of waiting for its claim to expire.
      console.error(`[jobs] ${job.name}`, error);
      results = batch.map(() => ({ ok: false, permanent: false, error: errorText(error) }));
    }
    batch.forEach((row, i) => {
      outcomes.push({ id: row.id, outcome: results[i] ?? { ok: false, permanent: false, error: 'no outcome recorded' } });
    });
  }
  await settle(db, job.outbox, outcomes);
  return rows.length;
}

/** Runs an outbox job batch after batch until nothing is due. */
export async function drainOutbox<P>(job: OutboxJob<P>, options: RunOptions = {}): Promise<void> {
  while ((await runOutboxBatch(job, options)) > 0);
}

/** One run of a periodic job, as the system actor named after it. */
export async function runPeriodicJob(job: PeriodicJob, options: { now?: Date } = {}): Promise<unknown> {
  return job.handler(await jobContext(job.name, options));
}
