import 'server-only';
import { eq } from 'drizzle-orm';
import { services } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { changedFields } from '@/lib/orgs/organisation-snapshot';
import { serviceValues, type ServiceFields } from './service-input';

/** An admin adds a service to the catalogue; the code is its stable key (import, API). */
export async function createService(ctx: Ctx, input: ServiceFields & { code: string }): Promise<{ id: string }> {
  assertCan(ctx, 'admin.services.manage');
  const values = serviceValues(input);
  const [row] = await ctx.db
    .insert(services)
    .values({ code: input.code, ...values, createdAt: ctx.now })
    .onConflictDoNothing({ target: services.code })
    .returning({ id: services.id });
  if (!row) throw new AppError('CONFLICT', 'adminServices.error.codeTaken', { code: ['adminServices.error.codeTaken'] });
  await ctx.audit({ action: 'service.create', targetType: 'service', targetId: row.id, details: { before: null, after: { code: input.code, ...values } } });
  return row;
}

/**
 * An admin edits a service. Signed agreements keep the Annex II snapshot they were signed with
 * (agreements.annexSnapshot), so this changes what future signatures show, not signed contracts.
 */
export async function updateService(ctx: Ctx, input: ServiceFields & { serviceId: string }): Promise<{ id: string; changed: boolean }> {
  assertCan(ctx, 'admin.services.manage');
  const [current] = await ctx.db.select().from(services).where(eq(services.id, input.serviceId)).for('update');
  if (!current) throw new AppError('NOT_FOUND');
  const after = serviceValues(input);
  const before = {
    name: current.name,
    category: current.category,
    processesPersonalData: current.processesPersonalData,
    description: current.description,
    purpose: current.purpose,
    dataCategories: current.dataCategories,
    dataSubjects: current.dataSubjects,
    specialCategories: current.specialCategories,
    nature: current.nature,
    duration: current.duration,
    retention: current.retention,
  };
  const diff = changedFields(before, after);
  if (!diff.changed) return { id: current.id, changed: false };
  await ctx.db.update(services).set(after).where(eq(services.id, current.id));
  await ctx.audit({ action: 'service.update', targetType: 'service', targetId: current.id, details: { code: current.code, before: diff.before, after: diff.after } });
  return { id: current.id, changed: true };
}
