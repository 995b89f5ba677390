import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { changeNotices, deliveries, notices } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { roleIn, type ActorRoles } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { wakeMailWorker } from '@/lib/mail/wake';

/**
 * Privacy staff send the failed deliveries of a change notice again (e.g. after the customer fixed
 * their mail server): failed -> queued, due now. The same Message-ID goes out again; the attempts
 * counter keeps counting, so the history stays visible.
 */
export async function retryFailedDeliveries(
  tx: Tx,
  actor: ActorRoles & { userId: string },
  input: { changeNoticeId: string },
  meta: { ip: string | null; userAgent: string | null },
) {
  const [changeNotice] = await tx.select({ id: changeNotices.id }).from(changeNotices).where(eq(changeNotices.id, input.changeNoticeId));
  if (!changeNotice) throw new AppError('NOT_FOUND');
  const now = new Date();
  const retried = await tx
    .update(deliveries)
    .set({ state: 'queued', nextAttemptAt: now, lockedUntil: null, updatedAt: now })
    .where(
      and(
        eq(deliveries.state, 'failed'),
        inArray(deliveries.noticeId, tx.select({ id: notices.id }).from(notices).where(eq(notices.changeNoticeId, changeNotice.id))),
      ),
    )
    .returning({ id: deliveries.id });
  if (retried.length === 0) throw new AppError('ALREADY_DONE', 'notices.deliveries.noneFailed');
  await writeAuditEvent(
    tx,
    { userId: actor.userId, role: roleIn(actor), ...meta },
    { action: 'notices.deliveries.retry', targetType: 'change_notice', targetId: changeNotice.id, details: { count: retried.length } },
  );
  wakeMailWorker();
  return { count: retried.length };
}
