import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { changeNotices, deliveries, notices, webhookDeliveries } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import type { ConfirmChangeNoticeInput } from './change-notice-input';
import { isWithdrawable } from './change-notice-rules';

/**
 * Withdraws a draft or an announced notice before it takes effect. Decision: deliveries (mail and
 * webhook) that are still queued are cancelled, state 'failed' with last_error 'withdrawn', so no
 * one is told about a change that will not happen; those already sent stay 'sent' as the record
 * of what was said. The notices rows stay, so the portal shows the notice as withdrawn.
 */
export async function withdrawChangeNotice(ctx: Ctx, input: ConfirmChangeNoticeInput) {
  assertCan(ctx, 'notices.manage');
  const { db: tx, now } = ctx;
  const [row] = await tx
    .select({ status: changeNotices.status, effectiveAt: changeNotices.effectiveAt })
    .from(changeNotices)
    .where(eq(changeNotices.id, input.changeNoticeId))
    .for('update')
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status === 'withdrawn') throw new AppError('ALREADY_DONE', 'changeNotice.error.alreadyWithdrawn');
  if (row.status === 'effective') throw new AppError('CONFLICT', 'changeNotice.error.alreadyEffective');
  if (!isWithdrawable(row, now)) throw new AppError('DEADLINE_PASSED', 'changeNotice.error.alreadyEffective');

  await tx
    .update(changeNotices)
    .set({ status: 'withdrawn', withdrawnAt: now, updatedAt: now })
    .where(eq(changeNotices.id, input.changeNoticeId));
  const ofThisNotice = tx.select({ id: notices.id }).from(notices).where(eq(notices.changeNoticeId, input.changeNoticeId));
  const cancelled = await tx
    .update(deliveries)
    .set({ state: 'failed', lastError: 'withdrawn', updatedAt: now })
    .where(and(inArray(deliveries.noticeId, ofThisNotice), eq(deliveries.state, 'queued')))
    .returning({ id: sql`1` });
  const cancelledWebhooks = await tx
    .update(webhookDeliveries)
    .set({ state: 'failed', lastError: 'withdrawn' })
    .where(and(inArray(webhookDeliveries.noticeId, ofThisNotice), eq(webhookDeliveries.state, 'queued')))
    .returning({ id: sql`1` });
  await ctx.audit({
    action: 'change_notice.withdrawn',
    targetType: 'change_notice',
    targetId: input.changeNoticeId,
    details: { from: row.status, cancelledDeliveries: cancelled.length, cancelledWebhookDeliveries: cancelledWebhooks.length },
  });
  return { id: input.changeNoticeId, cancelledDeliveries: cancelled.length };
}
