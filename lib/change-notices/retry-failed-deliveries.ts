import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { changeNotices, deliveries, notices } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { wakeMailWorker } from '@/lib/mail/wake';
import type { RetryFailedDeliveriesInput } from './change-notice-input';

/**
 * Privacy staff send the failed deliveries of a change notice again (e.g. after the customer fixed
 * their mail server): failed -> queued, due now. The same Message-ID goes out again; the attempts
 * counter keeps counting, so the history stays visible. The worker is woken after the commit.
 */
export async function retryFailedDeliveries(ctx: Ctx, input: RetryFailedDeliveriesInput) {
  assertCan(ctx, 'notices.manage');
  const { db: tx, now } = ctx;
  const [changeNotice] = await tx.select({ id: changeNotices.id }).from(changeNotices).where(eq(changeNotices.id, input.changeNoticeId));
  if (!changeNotice) throw new AppError('NOT_FOUND');
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
  await ctx.audit({
    action: 'notices.deliveries.retry',
    targetType: 'change_notice',
    targetId: changeNotice.id,
    details: { count: retried.length },
  });
  ctx.afterCommit(wakeMailWorker);
  return { count: retried.length };
}
