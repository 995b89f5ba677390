import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { apiTokens, remoteSupportAuthorisations, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { sessionReference } from './remote-session-input';

/**
 * An organisation's remote-support sessions (granted requests; refusals are for staff only, in the
 * audit log and the support view): who, when, ticket, start, end. Customers see their own - the DPA
 * and TOMs promise session logs on request. Scoped to `orgId` in the WHERE clause.
 */
export async function listRemoteSessions(ctx: Ctx<Actor>, { orgId, includeRefused = false }: { orgId: string; includeRefused?: boolean }) {
  assertCan(ctx, 'support.sessions.view', orgId);
  const rows = await ctx.db
    .select({
      id: remoteSupportAuthorisations.id,
      outcome: remoteSupportAuthorisations.outcome,
      action: remoteSupportAuthorisations.action,
      ticketReference: remoteSupportAuthorisations.ticketReference,
      reason: remoteSupportAuthorisations.reason,
      tool: remoteSupportAuthorisations.tool,
      startedAt: remoteSupportAuthorisations.createdAt,
      endedAt: remoteSupportAuthorisations.endedAt,
      agentName: users.name,
      agentEmail: users.email,
      tokenName: apiTokens.name,
    })
    .from(remoteSupportAuthorisations)
    .leftJoin(users, eq(users.id, remoteSupportAuthorisations.agentUserId))
    .leftJoin(apiTokens, eq(apiTokens.id, remoteSupportAuthorisations.tokenId))
    .where(
      and(
        eq(remoteSupportAuthorisations.orgId, orgId),
        includeRefused ? undefined : eq(remoteSupportAuthorisations.outcome, 'granted'),
      ),
    )
    .orderBy(desc(remoteSupportAuthorisations.createdAt))
    .limit(200);
  return rows.map((row) => ({ ...row, reference: sessionReference(row.id), agent: row.agentName ?? row.agentEmail ?? row.tokenName }));
}

export type RemoteSession = Awaited<ReturnType<typeof listRemoteSessions>>[number];
