import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { contracts, services } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { readOrganisationSnapshot } from './organisation-snapshot';

export const getOrganisationAdminInput = z.object({ orgId: z.guid() });

/** The services an admin can book, for the contract form. */
export async function listBookableServices(ctx: Ctx) {
  assertCan(ctx, 'admin.orgs.manage');
  return ctx.db
    .select({ id: services.id, code: services.code, name: services.name, processesPersonalData: services.processesPersonalData })
    .from(services)
    .orderBy(asc(services.code));
}

/** The admin's edit view of one organisation: its data, its contracts, the bookable services. */
export async function getOrganisationAdmin(ctx: Ctx, input: { orgId: string }) {
  assertCan(ctx, 'admin.orgs.manage');
  if (!getOrganisationAdminInput.safeParse(input).success) return null;
  const org = await readOrganisationSnapshot(ctx, input.orgId);
  if (!org) return null;
  const [orgContracts, bookable] = await Promise.all([
    ctx.db
      .select({
        id: contracts.id,
        reference: contracts.reference,
        status: contracts.status,
        startsOn: contracts.startsOn,
        endsOn: contracts.endsOn,
        serviceName: services.name,
        processesPersonalData: services.processesPersonalData,
      })
      .from(contracts)
      .innerJoin(services, eq(services.id, contracts.serviceId))
      .where(eq(contracts.orgId, input.orgId))
      .orderBy(asc(contracts.status), desc(contracts.startsOn)),
    listBookableServices(ctx),
  ]);
  return { id: input.orgId, org, contracts: orgContracts, services: bookable };
}
