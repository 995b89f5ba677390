import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { canonicalPieces } from './hash-audit-event';

export type AuditActor = {
  userId: string | null;
  role: string;
  ip?: string | null;
  userAgent?: string | null;
};

export type AuditInput = {
  action: string;
  orgId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
};

/**
 * Writes one audit event with the caller's transaction: both commit, or neither does. The event
 * is queued and joins the hash chain when the transaction commits (db/migrations/0023, decision
 * 0142), so the chain lock is never held while this process works. Outside a transaction the one
 * statement commits on its own.
 */
export async function writeAuditEvent(db: Tx | Database, actor: AuditActor, input: AuditInput): Promise<void> {
  await db.execute(auditEventInsert(actor, input));
}

/**
 * The insert that queues one audit event, for writeAuditEvent or as a data-modifying `with` clause
 * of a use case's own statement (Ctx.auditStatement): a change and its event in one statement
 * commit together without a transaction around them (decision 0145).
 */
export function auditEventInsert(actor: AuditActor, input: AuditInput): SQL {
  const event = {
    at: new Date(),
    actorUserId: actor.userId,
    actorRole: actor.role,
    orgId: input.orgId ?? null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    ip: actor.ip ?? null,
    userAgent: actor.userAgent?.slice(0, 500) ?? null,
    details: JSON.parse(JSON.stringify(input.details ?? {})) as Record<string, unknown>,
  };
  const { head, tail } = canonicalPieces(event);
  return sql`
    insert into audit_queue (canonical_head, canonical_tail, at, actor_user_id, actor_role, org_id, action, target_type, target_id, ip, user_agent, details)
    values (${head}, ${tail}, ${event.at.toISOString()}::timestamptz, ${event.actorUserId}, ${event.actorRole}, ${event.orgId}::uuid, ${event.action},
      ${event.targetType}, ${event.targetId}, ${event.ip}, ${event.userAgent}, ${JSON.stringify(event.details)}::jsonb)`;
}
