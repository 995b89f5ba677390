import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { memberships, organisations, users } from '@/db/schema';
import { assertCan, requireMembership } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { createInvitation } from './create-invitation';
import type { InviteMemberInput } from './schemas';

/**
 * A signatory invites a colleague into THEIR organisation, as member or signatory. The signatory
 * role is read from the database in this transaction with the organisation in the WHERE, so a
 * signatory of one organisation cannot invite into another, whatever the request says.
 */
export async function inviteMember(ctx: Ctx, input: InviteMemberInput) {
  await requireMembership(ctx, input.orgId, ['signatory']);
  return inviteIntoOrganisation(ctx, input);
}

/**
 * An admin invites a customer's first signatory (or anyone else) into an organisation they
 * onboard: the organisation has no one yet who could. Archived organisations take no one new.
 */
export async function inviteOrgPerson(ctx: Ctx, input: InviteMemberInput) {
  assertCan(ctx, 'admin.orgs.manage');
  const [org] = await ctx.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, input.orgId), isNull(organisations.archivedAt)))
    .limit(1);
  if (!org) throw new AppError('NOT_FOUND');
  return inviteIntoOrganisation(ctx, input);
}

async function inviteIntoOrganisation(ctx: Ctx, input: InviteMemberInput) {
  const [already] = await ctx.db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, input.orgId), sql`lower(${users.email}) = ${input.email}`))
    .limit(1);
  if (already) throw new AppError('CONFLICT', 'people.invite.alreadyMember', { email: ['people.invite.alreadyMember'] });
  return createInvitation(ctx, {
    email: input.email,
    locale: input.locale,
    target: { orgId: input.orgId, membershipRole: input.role },
  });
}
