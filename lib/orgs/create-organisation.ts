import 'server-only';
import { organisations } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import type { OrganisationInput } from './organisation-input';
import { readOrganisationSnapshot } from './organisation-snapshot';
import { saveOrganisationRows } from './save-organisation-rows';

export const customerNumberTaken = () =>
  new AppError('CONFLICT', 'adminOrgs.error.customerNumberTaken', { customerNumber: ['adminOrgs.error.customerNumberTaken'] });

/** An admin onboards a customer: the organisation, its phone numbers and general contacts, audited. */
export async function createOrganisation(ctx: Ctx, input: OrganisationInput): Promise<{ id: string }> {
  assertCan(ctx, 'admin.orgs.manage');
  // ON CONFLICT instead of a look-up first: two admins entering the same number at once get one
  // organisation and one field message, never a crash.
  const [org] = await ctx.db
    .insert(organisations)
    .values({
      customerNumber: input.customerNumber,
      legalName: input.legalName,
      street: input.street,
      postalCode: input.postalCode,
      city: input.city,
      country: input.country,
      locale: input.locale,
      professionalSecrecy: input.professionalSecrecy,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .onConflictDoNothing({ target: organisations.customerNumber })
    .returning({ id: organisations.id });
  if (!org) throw customerNumberTaken();
  await saveOrganisationRows(ctx, org.id, input);
  const after = await readOrganisationSnapshot(ctx, org.id);
  await ctx.audit({ action: 'organisation.create', orgId: org.id, targetType: 'organisation', targetId: org.id, details: { before: null, after } });
  return org;
}
