import 'server-only';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { endSessions } from './end-sessions';
import type { SetUserDisabledInput } from './schemas';

/**
 * An admin disables a person (or enables them again). Disabling ends every session in the same
 * transaction, and a disabled person is neither loaded as an actor nor given a new session
 * (lib/auth/load-actor.ts, lib/auth/adapter.ts): their next request is refused. Memberships and
 * roles stay, so enabling restores exactly what was there.
 */
export async function setUserDisabled(ctx: Ctx, input: SetUserDisabledInput) {
  assertCan(ctx, 'people.manage.staff');
  if (input.userId === ctx.actor.userId && input.disabled) {
    throw new AppError('CONFLICT', 'people.users.notYourself');
  }
  const [user] = await ctx.db.select({ id: users.id, disabledAt: users.disabledAt }).from(users).where(eq(users.id, input.userId)).for('update');
  if (!user) throw new AppError('NOT_FOUND');
  if (Boolean(user.disabledAt) === input.disabled) return { changed: false, sessionsEnded: 0 };
  await ctx.db.update(users).set({ disabledAt: input.disabled ? ctx.now : null }).where(eq(users.id, input.userId));
  const sessionsEnded = input.disabled ? await endSessions(ctx, input.userId) : 0;
  await ctx.audit({
    action: input.disabled ? 'people.user.disabled' : 'people.user.enabled',
    targetType: 'user',
    targetId: input.userId,
    details: input.disabled ? { sessionsEnded } : {},
  });
  return { changed: true, sessionsEnded };
}
