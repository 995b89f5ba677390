import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { changeNotices } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { AppError } from '@/lib/errors';
import { assertStaffAllowed, staffAuditActor, type StaffActor } from '@/lib/register/staff-actor';
import type { UpdateChangeNoticeInput } from './change-notice-input';
import { checkNoticeTargets } from './check-notice-targets';
import { draftValues, replaceNoticeServices } from './create-change-notice';
import { getNoticeSettings } from './get-notice-settings';

/** Edits a draft. Once announced, a notice is evidence of what customers were told: no edits. */
export async function updateChangeNotice(tx: Tx, actor: StaffActor, input: UpdateChangeNoticeInput) {
  assertStaffAllowed(actor, 'notices.manage');
  const [current] = await tx
    .select({ status: changeNotices.status })
    .from(changeNotices)
    .where(eq(changeNotices.id, input.changeNoticeId))
    .for('update')
    .limit(1);
  if (!current) throw new AppError('NOT_FOUND');
  if (current.status !== 'draft') throw new AppError('CONFLICT', 'changeNotice.error.notDraft');
  await checkNoticeTargets(tx, input);

  const { timeZone } = await getNoticeSettings(tx);
  const values = draftValues(input, timeZone);
  await tx
    .update(changeNotices)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(changeNotices.id, input.changeNoticeId), eq(changeNotices.status, 'draft')));
  await replaceNoticeServices(tx, input.changeNoticeId, input.serviceIds);
  await writeAuditEvent(tx, staffAuditActor(actor), {
    action: 'change_notice.updated',
    targetType: 'change_notice',
    targetId: input.changeNoticeId,
    details: { ...values, effectiveDate: input.effectiveDate, serviceIds: input.serviceIds },
  });
  return { id: input.changeNoticeId };
}
