import 'server-only';
import { eq } from 'drizzle-orm';
import { changeNotices, changeNoticeServices } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import type { ChangeNoticeInput } from './change-notice-input';
import { checkNoticeTargets } from './check-notice-targets';
import { effectiveAtOf } from './compute-effective-date';

/** The stored columns of a draft; effective_at is 00:00 of the effective date in the provider's zone. */
export function draftValues(input: ChangeNoticeInput, timeZone: string) {
  return {
    kind: input.kind,
    subprocessorId: input.subprocessorId,
    replacesSubprocessorId: input.replacesSubprocessorId,
    title: { de: input.titleDe, en: input.titleEn },
    description: { de: input.descriptionDe, en: input.descriptionEn },
    isEmergency: input.isEmergency,
    emergencyReason: input.emergencyReason,
    effectiveAt: effectiveAtOf(input.effectiveDate, timeZone),
  };
}

export async function replaceNoticeServices(ctx: Ctx, changeNoticeId: string, serviceIds: string[]) {
  await ctx.db.delete(changeNoticeServices).where(eq(changeNoticeServices.changeNoticeId, changeNoticeId));
  await ctx.db
    .insert(changeNoticeServices)
    .values([...new Set(serviceIds)].map((serviceId) => ({ changeNoticeId, serviceId })));
}

/** Saves a new change notice as a draft: nobody is told anything until it is announced. */
export async function createChangeNotice(ctx: Ctx, input: ChangeNoticeInput) {
  assertCan(ctx, 'notices.manage');
  await checkNoticeTargets(ctx, input);
  const { timeZone } = await getCalendarSettings(ctx);
  const values = draftValues(input, timeZone);
  const [row] = await ctx.db
    .insert(changeNotices)
    .values({ ...values, status: 'draft', createdBy: ctx.actor.userId })
    .returning({ id: changeNotices.id });
  await replaceNoticeServices(ctx, row!.id, input.serviceIds);
  await ctx.audit({
    action: 'change_notice.created',
    targetType: 'change_notice',
    targetId: row!.id,
    details: { ...values, effectiveDate: input.effectiveDate, serviceIds: input.serviceIds },
  });
  return { id: row!.id };
}
