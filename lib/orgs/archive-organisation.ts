import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { organisations } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';

/**
 * Archives an organisation: it stays in the database with its agreements, contracts and audit
 * history (evidence must survive the customer relationship), but is marked as no longer served.
 * Irreversible in the UI (a ConfirmDialog asks first); archiving twice is refused.
 */
export async function archiveOrganisation(ctx: Ctx, input: { orgId: string }): Promise<{ id: string }> {
  assertCan(ctx, 'admin.orgs.manage');
  const [org] = await ctx.db
    .update(organisations)
    .set({ archivedAt: ctx.now, updatedAt: ctx.now })
    .where(and(eq(organisations.id, input.orgId), isNull(organisations.archivedAt)))
    .returning({ id: organisations.id });
  if (!org) {
    const [exists] = await ctx.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.orgId));
    throw exists ? new AppError('ALREADY_DONE', 'adminOrgs.error.archived') : new AppError('NOT_FOUND');
  }
  await ctx.audit({
    action: 'organisation.archive',
    orgId: org.id,
    targetType: 'organisation',
    targetId: org.id,
    details: { before: { archivedAt: null }, after: { archivedAt: ctx.now.toISOString() } },
  });
  return org;
}
