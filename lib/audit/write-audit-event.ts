import 'server-only';
import { sql } from 'drizzle-orm';
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
  await db.execute(sql`
    insert into audit_queue (canonical_head, canonical_tail, at, actor_user_id, actor_role, org_id, action, target_type, target_id, ip, user_agent, details)
    values (${head}, ${tail}, ${event.at.toISOString()}::timestamptz, ${event.actorUserId}, ${event.actorRole}, ${event.orgId}::uuid, ${event.action},
      ${event.targetType}, ${event.targetId}, ${event.ip}, ${event.userAgent}, ${JSON.stringify(event.details)}::jsonb)`);
}
