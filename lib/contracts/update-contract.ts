import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { contracts, services } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { AppError } from '@/lib/errors';
import { changedFields } from '@/lib/orgs/organisation-snapshot';
import type { UpdateContractInput } from './contract-input';
import { contractStatusOn } from './contract-status';

/**
 * Changes a contract's reference or dates (ending a contract is setting its end date). The tenant
 * is in the WHERE: a contract id from another organisation is simply not found.
 */
export async function updateContract(ctx: Ctx, input: UpdateContractInput): Promise<{ id: string; changed: boolean }> {
  assertCan(ctx, 'admin.orgs.manage');
  const [row] = await ctx.db
    .select({ contract: contracts, serviceCode: services.code })
    .from(contracts)
    .innerJoin(services, eq(services.id, contracts.serviceId))
    .where(and(eq(contracts.id, input.contractId), eq(contracts.orgId, input.orgId)))
    .for('update', { of: contracts });
  if (!row) throw new AppError('NOT_FOUND');
  const { contract } = row;
  const { timeZone } = await getCalendarSettings(ctx);
  const status = contractStatusOn(input.endsOn, ctx.now, timeZone);
  if (status === 'active' && contract.status !== 'active') {
    const [running] = await ctx.db
      .select({ id: contracts.id })
      .from(contracts)
      .where(and(eq(contracts.orgId, contract.orgId), eq(contracts.serviceId, contract.serviceId), eq(contracts.status, 'active'), ne(contracts.id, contract.id)));
    if (running) throw new AppError('CONFLICT', 'adminOrgs.error.serviceActive', { endsOn: ['adminOrgs.error.serviceActive'] });
  }
  const before = { reference: contract.reference, startsOn: contract.startsOn, endsOn: contract.endsOn, status: contract.status };
  const after = { reference: input.reference, startsOn: input.startsOn, endsOn: input.endsOn, status };
  const diff = changedFields(before, after);
  if (!diff.changed) return { id: contract.id, changed: false };
  await ctx.db.update(contracts).set(after).where(and(eq(contracts.id, contract.id), eq(contracts.orgId, contract.orgId)));
  await ctx.audit({
    action: 'contract.update',
    orgId: contract.orgId,
    targetType: 'contract',
    targetId: contract.id,
    details: { serviceCode: row.serviceCode, before: diff.before, after: diff.after },
  });
  return { id: contract.id, changed: true };
}
