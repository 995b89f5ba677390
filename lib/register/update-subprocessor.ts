import 'server-only';
import { eq } from 'drizzle-orm';
import { subprocessors, subprocessorServices } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { assertServicesExist } from './create-subprocessor';
import { subprocessorValues, type UpdateSubprocessorInput } from './subprocessor-input';

/**
 * Corrects a subprocessor's data and services. The audit event records old and new values of
 * every changed field, so the register of any past day can be explained later.
 */
export async function updateSubprocessor(ctx: Ctx, input: UpdateSubprocessorInput) {
  assertCan(ctx, 'register.manage');
  const [before] = await ctx.db
    .select()
    .from(subprocessors)
    .where(eq(subprocessors.id, input.subprocessorId))
    .for('update')
    .limit(1);
  if (!before) throw new AppError('NOT_FOUND');
  await assertServicesExist(ctx, input.serviceIds);

  const values = subprocessorValues(input);
  const oldServices = (
    await ctx.db
      .select({ id: subprocessorServices.serviceId })
      .from(subprocessorServices)
      .where(eq(subprocessorServices.subprocessorId, before.id))
  ).map((r) => r.id);
  const newServices = [...new Set(input.serviceIds)];

  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(values)) {
    const old = before[key as keyof typeof before];
    if (JSON.stringify(old) !== JSON.stringify(value)) changes[key] = { from: old, to: value };
  }
  if ([...oldServices].sort().join() !== [...newServices].sort().join()) {
    changes.serviceIds = { from: oldServices, to: newServices };
  }
  if (Object.keys(changes).length === 0) return { id: before.id, changed: false };

  await ctx.db.update(subprocessors).set({ ...values, updatedAt: ctx.now }).where(eq(subprocessors.id, before.id));
  await ctx.db.delete(subprocessorServices).where(eq(subprocessorServices.subprocessorId, before.id));
  await ctx.db.insert(subprocessorServices).values(newServices.map((serviceId) => ({ subprocessorId: before.id, serviceId })));
  await ctx.audit({
    action: 'subprocessor.updated',
    targetType: 'subprocessor',
    targetId: before.id,
    details: { changes },
  });
  return { id: before.id, changed: true };
}
