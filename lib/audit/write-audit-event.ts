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

/** One event as the values the queue row is inserted with. */
function queuedValues(actor: AuditActor, input: AuditInput) {
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
  return { ...event, head, tail, at: event.at.toISOString(), details: JSON.stringify(event.details) };
}

type Queued = ReturnType<typeof queuedValues>;

/** The queue insert, with each value as `value(name)` gives it: a bound parameter or a placeholder. */
function queueInsert(value: (name: keyof Queued) => unknown): SQL {
  return sql`
    insert into audit_queue (canonical_head, canonical_tail, at, actor_user_id, actor_role, org_id, action, target_type, target_id, ip, user_agent, details)
    values (${value('head')}, ${value('tail')}, ${value('at')}::timestamptz, ${value('actorUserId')}, ${value('actorRole')}, ${value('orgId')}::uuid,
      ${value('action')}, ${value('targetType')}, ${value('targetId')}, ${value('ip')}, ${value('userAgent')}, ${value('details')}::jsonb)`;
}

/**
 * The insert that queues one audit event, for writeAuditEvent or as a data-modifying `with` clause
 * of a use case's own statement (Ctx.auditStatement): a change and its event in one statement
 * commit together without a transaction around them (decision 0145).
 */
export function auditEventInsert(actor: AuditActor, input: AuditInput): SQL {
  const values = queuedValues(actor, input);
  return queueInsert((name) => values[name]);
}

/**
 * The same insert with a placeholder for every value (`audit_head`, `audit_at`, ...), for a
 * statement prepared once (db/prepared.ts) that queues its event in a `with` clause; run it with
 * auditPlaceholderValues() among its values (Ctx.auditValues, decision 0152).
 */
export const auditPlaceholderInsert: SQL = queueInsert((name) => sql.placeholder(`audit_${name}`));

/** The values of auditPlaceholderInsert's placeholders for one event. */
export function auditPlaceholderValues(actor: AuditActor, input: AuditInput): Record<string, unknown> {
  const values = queuedValues(actor, input);
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [`audit_${name}`, value]));
}
