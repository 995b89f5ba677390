import 'server-only';
import { and, asc, eq, lte, ne, sql } from 'drizzle-orm';
import { changeNotices, subprocessors } from '@/db/schema';
import type { SystemActor } from '@/lib/core/actor';
import { inTransaction, type Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { definePeriodicJob } from '@/lib/jobs/job';
import { effectiveDateOf } from './compute-effective-date';

const BATCH = 50;

async function activate(ctx: Ctx<SystemActor>, id: string, day: string) {
  // Already active (an emergency successor engaged early): keep its real start date.
  await ctx.db
    .update(subprocessors)
    .set({ status: 'active', activeFrom: day, activeUntil: null, updatedAt: ctx.now })
    .where(and(eq(subprocessors.id, id), ne(subprocessors.status, 'active')));
}

async function retire(ctx: Ctx<SystemActor>, id: string, day: string) {
  // active_until is exclusive (the first day without it); never before its start date.
  await ctx.db
    .update(subprocessors)
    .set({
      status: 'retired',
      activeUntil: sql`greatest(coalesce(${subprocessors.activeFrom}, ${day}::date), ${day}::date)`,
      updatedAt: ctx.now,
    })
    .where(and(eq(subprocessors.id, id), ne(subprocessors.status, 'retired')));
}

/**
 * Every announced notice whose effective moment (by `ctx.now`, which the worker reads from the
 * database) has come becomes 'effective', and the register changes by itself (add -> active from
 * the effective date; remove -> retired until it; replace -> both; update -> no status change).
 * Safe to run twice and by two workers at once: each batch claims its notices with FOR UPDATE
 * SKIP LOCKED in a transaction of its own, and every update is guarded by the state it expects,
 * so a notice is applied once. Returns the ids applied by this call.
 */
export async function applyDueChangeNotices(ctx: Ctx<SystemActor>): Promise<{ applied: string[] }> {
  const applied: string[] = [];
  for (;;) {
    const batch = await inTransaction(ctx, async (tx) => {
      const due = await tx.db
        .select()
        .from(changeNotices)
        .where(and(eq(changeNotices.status, 'announced'), lte(changeNotices.effectiveAt, tx.now)))
        .orderBy(asc(changeNotices.effectiveAt))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      if (due.length === 0) return [];
      const { timeZone } = await getCalendarSettings(tx);
      const done: string[] = [];
      for (const notice of due) {
        const [claimed] = await tx.db
          .update(changeNotices)
          .set({ status: 'effective', appliedAt: tx.now, updatedAt: tx.now })
          .where(and(eq(changeNotices.id, notice.id), eq(changeNotices.status, 'announced')))
          .returning({ id: changeNotices.id });
        if (!claimed) continue;
        const day = effectiveDateOf(notice.effectiveAt, timeZone);
        if (notice.kind === 'add' || notice.kind === 'replace') await activate(tx, notice.subprocessorId, day);
        if (notice.kind === 'remove') await retire(tx, notice.subprocessorId, day);
        if (notice.kind === 'replace' && notice.replacesSubprocessorId) await retire(tx, notice.replacesSubprocessorId, day);
        await tx.audit({
          action: 'change_notice.applied',
          targetType: 'change_notice',
          targetId: notice.id,
          details: {
            kind: notice.kind,
            subprocessorId: notice.subprocessorId,
            replacesSubprocessorId: notice.replacesSubprocessorId,
            effectiveDate: day,
          },
        });
        done.push(notice.id);
      }
      return done;
    });
    applied.push(...batch);
    if (batch.length < BATCH) return { applied };
  }
}

/** Change notices take effect on a day boundary: looking once a minute is plenty. */
export const applyDueChangeNoticesJob = definePeriodicJob({
  name: 'apply-due-change-notices',
  everyMs: 60_000,
  handler: applyDueChangeNotices,
});
