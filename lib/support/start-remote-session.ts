import 'server-only';
import { eq } from 'drizzle-orm';
import { organisations, remoteSupportAuthorisations } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { TokenActor, UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { actionDecision, type ActionReason } from './decide-support-level';
import { sessionReference, type StartRemoteSessionInput } from './remote-session-input';
import { supportLevel } from './support-level';

export type StartRemoteSessionResult =
  | { outcome: 'granted'; sessionId: string; reference: string; startedAt: Date }
  | { outcome: 'refused'; refusalId: string; reason: ActionReason };

/**
 * Starts a remote-support session (or log analysis, software installation, monitoring) for an
 * organisation, if supportLevel() allows the action. Without a DPA covering a booked processing
 * service the request is REFUSED - and the refusal is recorded and audited too, so it is returned
 * rather than thrown (a throw would roll the record back). Runs in the caller's transaction.
 */
export async function startRemoteSession(ctx: Ctx<UserActor | TokenActor>, input: StartRemoteSessionInput): Promise<StartRemoteSessionResult> {
  assertCan(ctx, 'support.sessions.manage', input.orgId);
  const [org] = await ctx.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.orgId)).limit(1);
  if (!org) throw new AppError('NOT_FOUND');

  const decision = await supportLevel(ctx, input.orgId);
  const allowed = actionDecision(decision, input.action);
  const who = ctx.actor.kind === 'user' ? { agentUserId: ctx.actor.userId } : { tokenId: ctx.actor.tokenId };
  const [row] = await ctx.db
    .insert(remoteSupportAuthorisations)
    .values({
      orgId: input.orgId,
      ...who,
      agreementId: allowed.allowed ? decision.agreementId : null,
      ticketReference: input.ticketReference,
      reason: input.reason,
      tool: input.tool,
      action: input.action,
      outcome: allowed.allowed ? 'granted' : 'refused',
      createdAt: ctx.now,
    })
    .returning({ id: remoteSupportAuthorisations.id, createdAt: remoteSupportAuthorisations.createdAt });

  const details = { ticketReference: input.ticketReference, action: input.action, tool: input.tool, reason: input.reason, decision: allowed.reason };
  if (!allowed.allowed) {
    await ctx.audit({ action: 'support.session.refused', orgId: input.orgId, targetType: 'remote_session', targetId: row!.id, details });
    return { outcome: 'refused', refusalId: row!.id, reason: allowed.reason };
  }
  await ctx.audit({ action: 'support.session.started', orgId: input.orgId, targetType: 'remote_session', targetId: row!.id, details });
  return { outcome: 'granted', sessionId: row!.id, reference: sessionReference(row!.id), startedAt: row!.createdAt };
}
