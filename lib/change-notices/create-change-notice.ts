import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { changeNotices, changeNoticeServices } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { assertStaffAllowed, staffAuditActor, type StaffActor } from '@/lib/register/staff-actor';
import type { ChangeNoticeInput } from './change-notice-input';
import { checkNoticeTargets } from './check-notice-targets';
import { effectiveAtOf } from './compute-effective-date';
import { getNoticeSettings } from './get-notice-settings';

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

export async function replaceNoticeServices(tx: Tx, changeNoticeId: string, serviceIds: string[]) {
  await tx.delete(changeNoticeServices).where(eq(changeNoticeServices.changeNoticeId, changeNoticeId));
  await tx
    .insert(changeNoticeServices)
    .values([...new Set(serviceIds)].map((serviceId) => ({ changeNoticeId, serviceId })));
}

/** Saves a new change notice as a draft: nobody is told anything until it is announced. */
export async function createChangeNotice(tx: Tx, actor: StaffActor, input: ChangeNoticeInput) {
  assertStaffAllowed(actor, 'notices.manage');
  await checkNoticeTargets(tx, input);
  const { timeZone } = await getNoticeSettings(tx);
  const values = draftValues(input, timeZone);
  const [row] = await tx
    .insert(changeNotices)
    .values({ ...values, status: 'draft', createdBy: actor.userId })
    .returning({ id: changeNotices.id });
  await replaceNoticeServices(tx, row!.id, input.serviceIds);
  await writeAuditEvent(tx, staffAuditActor(actor), {
    action: 'change_notice.created',
    targetType: 'change_notice',
    targetId: row!.id,
    details: { ...values, effectiveDate: input.effectiveDate, serviceIds: input.serviceIds },
  });
  return { id: row!.id };
}
