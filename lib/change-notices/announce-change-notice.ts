import 'server-only';
import { and, eq } from 'drizzle-orm';
import { changeNotices } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { AppError } from '@/lib/errors';
import { wakeMailWorker } from '@/lib/mail/wake';
import type { ConfirmChangeNoticeInput } from './change-notice-input';
import { checkNoticeTargets } from './check-notice-targets';
import { earliestEffectiveDate, effectiveDateOf, objectionsCloseAt } from './compute-effective-date';
import { fanOutChangeNotice } from './fan-out-change-notice';
import { getChangeNotice } from './get-change-notice';

/**
 * Announces a draft: from now on it is evidence of what every affected customer was told. The
 * effective date must lie at least the notice period after today's local date, unless the notice
 * is an emergency replacement with a stated reason (then it may take effect at once; it stays
 * objectable). Status, fan-out and audit event commit together or not at all; the mail worker is
 * woken once they have committed, so the deliveries go out now rather than at the next poll.
 */
export async function announceChangeNotice(ctx: Ctx, input: ConfirmChangeNoticeInput) {
  assertCan(ctx, 'notices.manage');
  const { db: tx, now } = ctx;
  // The row lock makes a second, concurrent announce wait and then see 'announced'.
  const [locked] = await tx
    .select({ status: changeNotices.status })
    .from(changeNotices)
    .where(eq(changeNotices.id, input.changeNoticeId))
    .for('update')
    .limit(1);
  if (!locked) throw new AppError('NOT_FOUND');
  if (locked.status === 'announced' || locked.status === 'effective') {
    throw new AppError('ALREADY_DONE', 'changeNotice.error.alreadyAnnounced');
  }
  if (locked.status !== 'draft') throw new AppError('CONFLICT', 'changeNotice.error.notDraft');

  const draft = (await getChangeNotice(ctx, { changeNoticeId: input.changeNoticeId }))!;
  await checkNoticeTargets(ctx, {
    kind: draft.kind,
    subprocessorId: draft.subprocessorId,
    replacesSubprocessorId: draft.replacesSubprocessorId,
    serviceIds: draft.services.map((s) => s.id),
  });
  if (draft.services.length === 0) {
    throw new AppError('VALIDATION', 'changeNotice.error.servicesRequired', { serviceIds: ['changeNotice.error.servicesRequired'] });
  }

  const calendar = await getCalendarSettings(ctx);
  const { timeZone } = calendar;
  // Dated by today's setting; an organisation whose agreement promises a longer period gets its
  // own, later dates on its notice (fanOutChangeNotice -> applyOwnNoticePeriods, decision 0094).
  const { noticePeriodDays } = calendar;
  const earliest = earliestEffectiveDate(now, noticePeriodDays, timeZone);
  const effectiveDate = effectiveDateOf(draft.effectiveAt, timeZone);
  const emergency = draft.isEmergency && Boolean(draft.emergencyReason?.trim());
  if (draft.isEmergency && !emergency) {
    throw new AppError('VALIDATION', 'changeNotice.error.emergencyReason', { emergencyReason: ['changeNotice.error.emergencyReason'] });
  }
  if (!emergency && effectiveDate < earliest) {
    throw new AppError('VALIDATION', 'changeNotice.error.tooEarly', { effectiveDate: ['changeNotice.error.tooEarly'] });
  }
  // An emergency dated today or earlier takes effect at the moment of announcement.
  const effectiveAt = draft.effectiveAt < now ? now : draft.effectiveAt;
  const closesAt = objectionsCloseAt({ effectiveAt, announcedAt: now, isEmergency: emergency }, noticePeriodDays, timeZone);

  await tx
    .update(changeNotices)
    .set({ status: 'announced', announcedAt: now, announcedBy: ctx.actor.userId, effectiveAt, objectionsCloseAt: closesAt, updatedAt: now })
    .where(and(eq(changeNotices.id, draft.id), eq(changeNotices.status, 'draft')));
  const counts = await fanOutChangeNotice(ctx, {
    changeNotice: { ...draft, status: 'announced', announcedAt: now, effectiveAt, objectionsCloseAt: closesAt },
    timeZone,
  });
  await ctx.audit({
    action: 'change_notice.announced',
    targetType: 'change_notice',
    targetId: draft.id,
    details: {
      ...counts,
      kind: draft.kind,
      effectiveAt: effectiveAt.toISOString(),
      objectionsCloseAt: closesAt.toISOString(),
      earliestEffectiveDate: earliest,
      isEmergency: emergency,
      emergencyReason: emergency ? draft.emergencyReason : null,
    },
  });
  ctx.afterCommit(wakeMailWorker);
  return { id: draft.id, ...counts, effectiveAt };
}
