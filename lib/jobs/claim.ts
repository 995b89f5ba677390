import 'server-only';
import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { deliveries, mails, webhookDeliveries } from '@/db/schema';

// The one claim helper for every outbox: mails, change-notice deliveries and webhook deliveries.
// A row is written 'queued' by the transaction that causes it; a worker claims it ('sending'),
// does the work outside any transaction, and settles it: 'sent', 'queued' again for a later
// attempt, or 'failed'.
//
// Every time is the database's now(), never the host clock: several app instances and workers on
// different machines agree on what is due and when a claim has expired only if one clock decides.

export type OutboxTable = typeof mails | typeof deliveries | typeof webhookDeliveries;

/** A claim older than this belongs to a worker that died: another worker takes the row over. */
export const CLAIM_SECONDS = 120;
/** After this many attempts a row is given up ('failed'), whatever the reason. */
export const MAX_ATTEMPTS = 8;

/** 30 s, 1 min, 2 min, ... capped at 1 h after the attempt that just failed (`attempts` counts it). */
const backoff = (attempts: unknown) =>
  sql`now() + least(interval '30 seconds' * power(2, greatest(${attempts}, 1) - 1), interval '1 hour')`;

/**
 * The three outboxes share these columns under the same names and types; drizzle builds each
 * statement from the table object passed in at run time, so typing it as one of them is exact.
 */
const columnsOf = (table: OutboxTable) => table as typeof mails;
const touches = (table: OutboxTable) => 'updatedAt' in table;

/**
 * Claims up to `limit` due rows: queued ones whose next attempt has come, and ones left 'sending'
 * by a worker whose claim has expired. One statement; FOR UPDATE SKIP LOCKED lets any number of
 * workers claim side by side without ever taking the same row. Each claim counts as an attempt.
 */
export async function claimDue<T extends OutboxTable>(db: Database, table: T, limit: number): Promise<T['$inferSelect'][]> {
  const t = columnsOf(table);
  const due = db
    .select({ id: t.id })
    .from(t)
    .where(
      or(
        and(eq(t.state, 'queued'), lte(t.nextAttemptAt, sql`now()`)),
        and(eq(t.state, 'sending'), lte(t.lockedUntil, sql`now()`)),
      ),
    )
    .orderBy(t.nextAttemptAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(t)
    .set({
      state: 'sending',
      attempts: sql`${t.attempts} + 1`,
      lockedUntil: sql`now() + make_interval(secs => ${CLAIM_SECONDS})`,
      ...(touches(table) ? { updatedAt: sql`now()` } : {}),
    })
    .where(inArray(t.id, due))
    .returning();
  return claimed as T['$inferSelect'][];
}

/** Extra columns an outcome records, e.g. a webhook's response status. */
export type OutcomeColumns = Record<string, unknown>;

export type Outcome =
  | { ok: true; set?: OutcomeColumns }
  /** `permanent`: no later attempt can succeed (a 5xx SMTP reply, a refused target, a broken row). */
  | { ok: false; error: string; permanent: boolean; set?: OutcomeColumns };

/**
 * Records what happened to claimed rows. Only a row still 'sending' is settled, so a worker whose
 * claim expired meanwhile cannot overwrite what the worker that took over recorded.
 */
export async function settle(db: Database, table: OutboxTable, outcomes: { id: string; outcome: Outcome }[]) {
  const t = columnsOf(table);
  const touch = touches(table) ? { updatedAt: sql`now()` } : {};
  const stillClaimed = (ids: string[]) => and(inArray(t.id, ids), eq(t.state, 'sending'));
  // Plain successes in one statement: a fan-out settles hundreds of rows per batch.
  const sent = outcomes.filter(({ outcome }) => outcome.ok && !outcome.set).map(({ id }) => id);
  if (sent.length > 0) {
    await db
      .update(t)
      .set({ state: 'sent', sentAt: sql`now()`, lockedUntil: null, lastError: null, ...touch })
      .where(stillClaimed(sent));
  }
  for (const { id, outcome } of outcomes) {
    if (outcome.ok && !outcome.set) continue;
    const values = outcome.ok
      ? { state: 'sent' as const, sentAt: sql`now()`, lastError: null }
      : {
          state: outcome.permanent
            ? sql`'failed'::delivery_state`
            : sql`case when ${t.attempts} >= ${MAX_ATTEMPTS} then 'failed'::delivery_state else 'queued'::delivery_state end`,
          lastError: outcome.error,
          nextAttemptAt: backoff(t.attempts),
        };
    await db
      .update(t)
      .set({ ...values, lockedUntil: null, ...touch, ...outcome.set })
      .where(stillClaimed([id]));
  }
}

/** A short, single-line error text for the last_error column. */
export function errorText(error: unknown) {
  return String((error as Error)?.message ?? error).replace(/\s+/g, ' ').slice(0, 500);
}
