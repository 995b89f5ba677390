import 'server-only';
import { inArray } from 'drizzle-orm';
import { services, subprocessors, subprocessorServices } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { subprocessorValues, type SubprocessorInput } from './subprocessor-input';

/** Refuses service ids that do not exist, as a field error (nothing is written). */
export async function assertServicesExist(ctx: Ctx, serviceIds: string[]) {
  const found = await ctx.db.select({ id: services.id }).from(services).where(inArray(services.id, serviceIds));
  if (found.length !== new Set(serviceIds).size) {
    throw new AppError('VALIDATION', 'validation.invalid', { serviceIds: ['register.error.servicesRequired'] });
  }
}

/**
 * Adds a subprocessor to the register's maintenance list. A new one is usually 'planned': it
 * enters the register through an 'add' change notice that becomes effective.
 */
export async function createSubprocessor(ctx: Ctx, input: SubprocessorInput) {
  assertCan(ctx, 'register.manage');
  await assertServicesExist(ctx, input.serviceIds);
  const values = subprocessorValues(input);
  const [row] = await ctx.db.insert(subprocessors).values(values).returning({ id: subprocessors.id });
  const id = row!.id;
  const serviceIds = [...new Set(input.serviceIds)];
  await ctx.db.insert(subprocessorServices).values(serviceIds.map((serviceId) => ({ subprocessorId: id, serviceId })));
  await ctx.audit({
    action: 'subprocessor.created',
    targetType: 'subprocessor',
    targetId: id,
    details: { ...values, serviceIds },
  });
  return { id };
}
