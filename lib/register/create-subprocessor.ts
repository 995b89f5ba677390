import 'server-only';
import { inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { services, subprocessors, subprocessorServices } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { AppError } from '@/lib/errors';
import { assertStaffAllowed, staffAuditActor, type StaffActor } from './staff-actor';
import { subprocessorValues, type SubprocessorInput } from './subprocessor-input';

/** Refuses service ids that do not exist, as a field error (nothing is written). */
export async function assertServicesExist(tx: Tx, serviceIds: string[]) {
  const found = await tx.select({ id: services.id }).from(services).where(inArray(services.id, serviceIds));
  if (found.length !== new Set(serviceIds).size) {
    throw new AppError('VALIDATION', 'validation.invalid', { serviceIds: ['register.error.servicesRequired'] });
  }
}

/**
 * Adds a subprocessor to the register's maintenance list. A new one is usually 'planned': it
 * enters the register through an 'add' change notice that becomes effective.
 */
export async function createSubprocessor(tx: Tx, actor: StaffActor, input: SubprocessorInput) {
  assertStaffAllowed(actor, 'register.manage');
  await assertServicesExist(tx, input.serviceIds);
  const values = subprocessorValues(input);
  const [row] = await tx.insert(subprocessors).values(values).returning({ id: subprocessors.id });
  const id = row!.id;
  const serviceIds = [...new Set(input.serviceIds)];
  await tx.insert(subprocessorServices).values(serviceIds.map((serviceId) => ({ subprocessorId: id, serviceId })));
  await writeAuditEvent(tx, staffAuditActor(actor), {
    action: 'subprocessor.created',
    targetType: 'subprocessor',
    targetId: id,
    details: { ...values, serviceIds },
  });
  return { id };
}
