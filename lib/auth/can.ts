import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { memberships, type MembershipRole } from '@/db/schema';
import type { Actor, UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { decide, type Permission } from './permissions';

// The checks use cases make where the work happens. Pages, route handlers and actions authorize
// first (lib/core/page.ts, lib/core/action.ts, lib/core/route.ts); a use case checks again because it
// is the last line before the database, and a forgotten authorize() must not change anything.

/** Whether the context's actor holds `permission` for `orgId` (or provider-wide, without one). */
export function can(ctx: Ctx<Actor | null>, permission: Permission, orgId?: string | null): boolean {
  return ctx.actor !== null && decide(ctx.actor, permission, orgId) === 'allow';
}

/**
 * can(), or an AppError: NOT_FOUND for a stranger to the organisation, FORBIDDEN (with `message`, a
 * dictionary key, when given) otherwise.
 */
export function assertCan(ctx: Ctx<Actor | null>, permission: Permission, orgId?: string | null, message?: string): void {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  const decision = decide(ctx.actor, permission, orgId);
  if (decision === 'not_found') throw new AppError('NOT_FOUND');
  if (decision === 'forbidden') throw new AppError('FORBIDDEN', message);
}

/**
 * The actor's membership of `orgId` in one of `roles`, read from the database in this transaction
 * (so a role removed a moment ago no longer counts), with the tenant scope in the WHERE clause.
 * FORBIDDEN with `message` (a dictionary key) when there is none.
 */
export async function requireMembership(
  ctx: Ctx<UserActor>,
  orgId: string,
  roles: readonly MembershipRole[],
  message?: string,
): Promise<{ id: string; role: MembershipRole }> {
  const [membership] = await ctx.db
    .select({ id: memberships.id, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, ctx.actor.userId), eq(memberships.orgId, orgId), inArray(memberships.role, [...roles])))
    .limit(1);
  if (!membership) throw new AppError('FORBIDDEN', message);
  return membership;
}
