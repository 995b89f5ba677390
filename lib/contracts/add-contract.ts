import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { contracts, organisations, services } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { AppError } from '@/lib/errors';
import type { AddContractInput } from './contract-input';
import { contractStatusOn } from './contract-status';

/** Books a service for an organisation: a contract with start and (optional) end, audited. */
export async function addContract(ctx: Ctx, input: AddContractInput): Promise<{ id: string }> {
  assertCan(ctx, 'admin.orgs.manage');
  const [org] = await ctx.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, input.orgId), isNull(organisations.archivedAt)))
    .for('update');
  if (!org) throw new AppError('NOT_FOUND');
  const [service] = await ctx.db.select({ id: services.id, code: services.code }).from(services).where(eq(services.id, input.serviceId));
  if (!service) throw new AppError('VALIDATION', 'validation.invalid', { serviceId: ['validation.invalid'] });

  const { timeZone } = await getCalendarSettings(ctx);
  const status = contractStatusOn(input.endsOn, ctx.now, timeZone);
  if (status === 'active') {
    const [running] = await ctx.db
      .select({ id: contracts.id })
      .from(contracts)
      .where(and(eq(contracts.orgId, org.id), eq(contracts.serviceId, service.id), eq(contracts.status, 'active')));
    if (running) throw new AppError('CONFLICT', 'adminOrgs.error.serviceActive', { serviceId: ['adminOrgs.error.serviceActive'] });
  }
  const after = { serviceCode: service.code, reference: input.reference, startsOn: input.startsOn, endsOn: input.endsOn, status };
  const [contract] = await ctx.db
    .insert(contracts)
    .values({ orgId: org.id, serviceId: service.id, reference: input.reference, startsOn: input.startsOn, endsOn: input.endsOn, status, createdAt: ctx.now })
    .returning({ id: contracts.id });
  await ctx.audit({ action: 'contract.create', orgId: org.id, targetType: 'contract', targetId: contract!.id, details: { before: null, after } });
  return contract!;
}
