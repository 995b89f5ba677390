import 'server-only';
import { eq } from 'drizzle-orm';
import { sessions } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';

/**
 * Ends every session of a person at once: the rows go, so their next request finds no session and
 * is refused (sessions are looked up in the database on every request, never trusted from a cookie).
 */
export async function endSessions(ctx: Ctx<Actor>, userId: string): Promise<number> {
  const ended = await ctx.db.delete(sessions).where(eq(sessions.userId, userId)).returning({ token: sessions.sessionToken });
  return ended.length;
}
