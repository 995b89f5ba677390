import 'server-only';
import { and, eq } from 'drizzle-orm';
import { changeNotices } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { AppError } from '@/lib/errors';
import type { UpdateChangeNoticeInput } from './change-notice-input';
import { checkNoticeTargets } from './check-notice-targets';
import { draftValues, replaceNoticeServices } from './create-change-notice';

/** Edits a draft. Once announced, a notice is evidence of what customers were told: no edits. */
export async function updateChangeNotice(ctx: Ctx, input: UpdateChangeNoticeInput) {
  assertCan(ctx, 'notices.manage');
  const [current] = await ctx.db
    .select({ status: changeNotices.status })
    .from(changeNotices)
    .where(eq(changeNotices.id, input.changeNoticeId))
    .for('update')
    .limit(1);
  if (!current) throw new AppError('NOT_FOUND');
  if (current.status !== 'draft') throw new AppError('CONFLICT', 'changeNotice.error.notDraft');
  await checkNoticeTargets(ctx, input);

  const { timeZone } = await getCalendarSettings(ctx);
  const values = draftValues(input, timeZone);
  await ctx.db
    .update(changeNotices)
    .set({ ...values, updatedAt: ctx.now })
    .where(and(eq(changeNotices.id, input.changeNoticeId), eq(changeNotices.status, 'draft')));
  await replaceNoticeServices(ctx, input.changeNoticeId, input.serviceIds);
  await ctx.audit({
    action: 'change_notice.updated',
    targetType: 'change_notice',
    targetId: input.changeNoticeId,
    details: { ...values, effectiveDate: input.effectiveDate, serviceIds: input.serviceIds },
  });
  return { id: input.changeNoticeId };
}
