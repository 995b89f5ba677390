import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { memberships, users } from '@/db/schema';
import { requireMembership } from '@/lib/auth/can';
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
