import 'server-only';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import { systemActor, type SystemActor } from '@/lib/core/actor';
import { createContext, type Ctx } from '@/lib/core/context';
import { queryRows } from '@/lib/core/rows';
import type { Outcome, OutboxTable } from './claim';

// A job is a definition: a name, a zod schema for its payload where it has one, and a handler
// `(ctx, payload)` that runs as the portal itself (a system actor named after the job, which is
// what the audit log records). Two kinds:
// - outbox jobs: the payload is a row another transaction queued (a mail, a delivery, a webhook
//   delivery), so the job is enqueued exactly when its cause commits; the runner claims rows in
//   batches (lib/jobs/claim.ts), parses each, hands the batch to the handler and records the outcomes;
// - periodic jobs: no payload, run every `everyMs` by every worker, so they must be idempotent and
//   safe to run twice at once.

export type JobContext = Ctx<SystemActor>;

/** A claimed row as its handler sees it: the parsed payload, its id and how many attempts it has had. */
export type Claimed<P> = P & { id: string; attempts: number };

export type OutboxJob<P = unknown> = {
  kind: 'outbox';
  name: string;
  outbox: OutboxTable;
  /** Rows claimed at a time; a worker drains the outbox batch after batch. */
  batch: number;
  /** What a claimed row must carry. A row that does not parse is failed at once: it never would. */
  payload: z.ZodType<P>;
  /** Does the work for a batch and returns one outcome per row, in the batch's order. */
  handler(ctx: JobContext, batch: Claimed<P>[]): Promise<Outcome[]>;
};

export type PeriodicJob = {
  kind: 'periodic';
  name: string;
  everyMs: number;
  handler: (ctx: JobContext) => Promise<unknown>;
};

export type Job = OutboxJob | PeriodicJob;

export function defineOutboxJob<P>(job: Omit<OutboxJob<P>, 'kind'>): OutboxJob<P> {
  return { kind: 'outbox', ...job };
}

export function definePeriodicJob(job: Omit<PeriodicJob, 'kind'>): PeriodicJob {
  return { kind: 'periodic', ...job };
}

/**
 * The context a job runs in: the database (no transaction; a handler opens its own where it
 * changes several rows together), the job's system actor, and `now` read from the database, so
 * that a job's idea of "due" is the same clock the claims use. Tests pass their own `now`.
 */
export async function jobContext(name: string, options: { now?: Date } = {}): Promise<JobContext> {
  const db = getDb();
  const now = options.now ?? (await queryRows<{ now: Date | string }>(db, sql`select now() as now`).then(([row]) => new Date(row!.now)));
  return createContext({ actor: systemActor(name), db, now });
}
