import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { memberships, organisations, staffRoles, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';

/** One person for the admin: roles, memberships, whether disabled. */
export async function getUser(ctx: Ctx, input: { userId: string }) {
  assertCan(ctx, 'people.manage.staff');
  const [user] = await ctx.db
    .select({ id: users.id, email: users.email, name: users.name, disabledAt: users.disabledAt, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, input.userId));
  if (!user) return null;
  const roles = await ctx.db.select({ role: staffRoles.role }).from(staffRoles).where(eq(staffRoles.userId, input.userId));
  const orgs = await ctx.db
    .select({ orgId: organisations.id, legalName: organisations.legalName, customerNumber: organisations.customerNumber, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.userId, input.userId))
    .orderBy(asc(organisations.legalName));
  return { ...user, staffRoles: roles.map((r) => r.role), memberships: orgs, isSelf: user.id === ctx.actor.userId };
}
