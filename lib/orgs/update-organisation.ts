import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { organisations } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { customerNumberTaken } from './create-organisation';
import type { OrganisationInput } from './organisation-input';
import { changedFields, readOrganisationSnapshot } from './organisation-snapshot';
import { saveOrganisationRows } from './save-organisation-rows';

/** An admin edits an organisation; the audit event holds each changed field before and after. */
export async function updateOrganisation(ctx: Ctx, input: OrganisationInput & { orgId: string }): Promise<{ id: string; changed: boolean }> {
  assertCan(ctx, 'admin.orgs.manage');
  const before = await readOrganisationSnapshot(ctx, input.orgId, { forUpdate: true });
  if (!before) throw new AppError('NOT_FOUND');
  if (before.archivedAt) throw new AppError('CONFLICT', 'adminOrgs.error.archived');
  if (input.customerNumber !== before.customerNumber) {
    const [other] = await ctx.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.customerNumber, input.customerNumber), ne(organisations.id, input.orgId)))
      .limit(1);
    if (other) throw customerNumberTaken();
  }
  await ctx.db
    .update(organisations)
    .set({
      customerNumber: input.customerNumber,
      legalName: input.legalName,
      street: input.street,
      postalCode: input.postalCode,
      city: input.city,
      country: input.country,
      locale: input.locale,
      professionalSecrecy: input.professionalSecrecy,
      updatedAt: ctx.now,
    })
    .where(eq(organisations.id, input.orgId));
  await saveOrganisationRows(ctx, input.orgId, input);
  const after = await readOrganisationSnapshot(ctx, input.orgId);
  const diff = changedFields(before, after!);
  if (diff.changed) {
    await ctx.audit({
      action: 'organisation.update',
      orgId: input.orgId,
      targetType: 'organisation',
      targetId: input.orgId,
      details: { before: diff.before, after: diff.after },
    });
  }
  return { id: input.orgId, changed: diff.changed };
}
