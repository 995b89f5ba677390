import 'server-only';
import { and, asc, eq, lte, ne, sql } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { changeNotices, subprocessors } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { getCalendarSettings } from '@/lib/core/settings';
import { effectiveDateOf } from './compute-effective-date';

const BATCH = 50;

async function activate(tx: Tx, id: string, day: string) {
  // Already active (an emergency successor engaged early): keep its real start date.
  await tx
    .update(subprocessors)
    .set({ status: 'active', activeFrom: day, activeUntil: null, updatedAt: new Date() })
    .where(and(eq(subprocessors.id, id), ne(subprocessors.status, 'active')));
}

async function retire(tx: Tx, id: string, day: string) {
  // active_until is exclusive (the first day without it); never before its start date.
  await tx
    .update(subprocessors)
    .set({
      status: 'retired',
      activeUntil: sql`greatest(coalesce(${subprocessors.activeFrom}, ${day}::date), ${day}::date)`,
      updatedAt: new Date(),
    })
    .where(and(eq(subprocessors.id, id), ne(subprocessors.status, 'retired')));
}

/**
 * The scheduled job: every announced notice whose effective moment has come becomes 'effective'
 * and the register changes by itself (add -> active from the effective date; remove -> retired
 * until it; replace -> both; update -> no status change). Safe to run twice and by two workers at
 * once: each batch claims its notices with FOR UPDATE SKIP LOCKED, and every update is guarded by
 * the state it expects, so a notice is applied once. Returns the ids applied by this call.
 */
export async function applyDueChangeNotices(db: Database, now: Date = new Date()): Promise<{ applied: string[] }> {
  const applied: string[] = [];
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(changeNotices)
        .where(and(eq(changeNotices.status, 'announced'), lte(changeNotices.effectiveAt, now)))
        .orderBy(asc(changeNotices.effectiveAt))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      if (due.length === 0) return [];
      const { timeZone } = await getCalendarSettings({ db: tx, inTransaction: true });
      const done: string[] = [];
      for (const notice of due) {
        const [claimed] = await tx
          .update(changeNotices)
          .set({ status: 'effective', appliedAt: now, updatedAt: now })
          .where(and(eq(changeNotices.id, notice.id), eq(changeNotices.status, 'announced')))
          .returning({ id: changeNotices.id });
        if (!claimed) continue;
        const day = effectiveDateOf(notice.effectiveAt, timeZone);
        if (notice.kind === 'add' || notice.kind === 'replace') await activate(tx, notice.subprocessorId, day);
        if (notice.kind === 'remove') await retire(tx, notice.subprocessorId, day);
        if (notice.kind === 'replace' && notice.replacesSubprocessorId) await retire(tx, notice.replacesSubprocessorId, day);
        await writeAuditEvent(
          tx,
          { userId: null, role: 'system' },
          {
            action: 'change_notice.applied',
            targetType: 'change_notice',
            targetId: notice.id,
            details: {
              kind: notice.kind,
              subprocessorId: notice.subprocessorId,
              replacesSubprocessorId: notice.replacesSubprocessorId,
              effectiveDate: day,
            },
          },
        );
        done.push(notice.id);
      }
      return done;
    });
    applied.push(...batch);
    if (batch.length < BATCH) return { applied };
  }
}
