import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { sessions } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';

/** Signs the person out everywhere else: every session of theirs but the one making this request. */
export async function endOtherSessions(ctx: Ctx, input: { currentSessionToken: string | null }) {
  assertCan(ctx, 'account.manage');
  const mine = eq(sessions.userId, ctx.actor.userId);
  const ended = await ctx.db
    .delete(sessions)
    .where(input.currentSessionToken ? and(mine, ne(sessions.sessionToken, input.currentSessionToken)) : mine)
    .returning({ createdAt: sessions.createdAt });
  await ctx.audit({ action: 'auth.other_sessions_ended', targetType: 'user', targetId: ctx.actor.userId, details: { count: ended.length } });
  return { ended: ended.length };
}
