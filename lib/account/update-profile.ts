import 'server-only';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { users } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import type { updateProfileSchema } from './account-schemas';

/** Rectification (Art. 16 GDPR) of what a person may change themselves: name and language. Audited old -> new. */
export async function updateProfile(ctx: Ctx, input: z.output<typeof updateProfileSchema>) {
  assertCan(ctx, 'account.manage');
  const [before] = await ctx.db.select({ name: users.name, locale: users.locale }).from(users).where(eq(users.id, ctx.actor.userId)).for('update');
  if (!before || (before.name === input.name && before.locale === input.locale)) return { changed: false };
  await ctx.db.update(users).set({ name: input.name, locale: input.locale }).where(eq(users.id, ctx.actor.userId));
  await ctx.audit({
    action: 'user.profile_changed',
    targetType: 'user',
    targetId: ctx.actor.userId,
    details: { from: before, to: { name: input.name, locale: input.locale } },
  });
  return { changed: true };
}
