import 'server-only';
import { and, eq, notInArray } from 'drizzle-orm';
import { staffRoles, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import type { SetStaffRolesInput } from './schemas';

/**
 * An admin sets a person's staff roles (privacy, support, admin; none takes them off the staff).
 * An admin cannot take the admin role from themselves: someone must remain who can give it back.
 */
export async function setStaffRoles(ctx: Ctx, input: SetStaffRolesInput) {
  assertCan(ctx, 'people.manage.staff');
  const roles = [...new Set(input.roles)];
  if (input.userId === ctx.actor.userId && !roles.includes('admin')) {
    throw new AppError('CONFLICT', 'people.staff.keepOwnAdmin', { roles: ['people.staff.keepOwnAdmin'] });
  }
  const [user] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.id, input.userId)).for('update');
  if (!user) throw new AppError('NOT_FOUND');
  const before = (await ctx.db.select({ role: staffRoles.role }).from(staffRoles).where(eq(staffRoles.userId, input.userId))).map((r) => r.role).sort();
  await ctx.db
    .delete(staffRoles)
    .where(roles.length ? and(eq(staffRoles.userId, input.userId), notInArray(staffRoles.role, roles)) : eq(staffRoles.userId, input.userId));
  if (roles.length) await ctx.db.insert(staffRoles).values(roles.map((role) => ({ userId: input.userId, role }))).onConflictDoNothing();
  const after = [...roles].sort();
  if (before.join() === after.join()) return { changed: false };
  await ctx.audit({ action: 'people.staff.roles_changed', targetType: 'user', targetId: input.userId, details: { from: before, to: after } });
  return { changed: true };
}

