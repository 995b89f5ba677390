import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { remoteSupportAuthorisations } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { TokenActor, UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';

/** Records the end of a granted, still running session of this organisation (tenant in the WHERE). */
export async function endRemoteSession(ctx: Ctx<UserActor | TokenActor>, input: { orgId: string; sessionId: string }) {
  assertCan(ctx, 'support.sessions.manage', input.orgId);
  const [row] = await ctx.db
    .update(remoteSupportAuthorisations)
    .set({ endedAt: ctx.now })
    .where(
      and(
        eq(remoteSupportAuthorisations.id, input.sessionId),
        eq(remoteSupportAuthorisations.orgId, input.orgId),
        eq(remoteSupportAuthorisations.outcome, 'granted'),
        isNull(remoteSupportAuthorisations.endedAt),
      ),
    )
    .returning({ id: remoteSupportAuthorisations.id, endedAt: remoteSupportAuthorisations.endedAt });
  if (!row) throw new AppError('NOT_FOUND', 'supportDesk.session.notRunning');
  await ctx.audit({ action: 'support.session.ended', orgId: input.orgId, targetType: 'remote_session', targetId: row.id });
  return { sessionId: row.id, endedAt: row.endedAt! };
}
