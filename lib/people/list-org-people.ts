import 'server-only';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { invitations, memberships, organisations, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';

/** The organisation's people and its open invitations, for its signatories; tenant in every WHERE. */
export async function listOrgPeople(ctx: Ctx, input: { orgId: string }) {
  assertCan(ctx, 'people.manage.org', input.orgId);
  const [org] = await ctx.db.select({ id: organisations.id, legalName: organisations.legalName }).from(organisations).where(eq(organisations.id, input.orgId));
  if (!org) return null;
  const people = await ctx.db
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role, since: memberships.createdAt, disabledAt: users.disabledAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, input.orgId))
    .orderBy(asc(users.email));
  const pending = await ctx.db
    .select({ id: invitations.id, email: invitations.email, role: invitations.membershipRole, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(eq(invitations.orgId, input.orgId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, ctx.now)))
    .orderBy(asc(invitations.email));
  const signatories = people.filter((p) => p.role === 'signatory').length;
  return { org, people, pending, signatories, me: ctx.actor.userId };
}
