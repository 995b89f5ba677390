import 'server-only';
import { desc, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { GENESIS_HASH, hashAuditEvent } from './hash-audit-event';

// Appends are serialised by one transaction-scoped advisory lock; after it is granted, the next
// statement sees every committed event, so two transactions can never fork the chain.
const AUDIT_CHAIN_LOCK = 7_226_002;

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

/** Writes one audit event inside the caller's transaction: both commit, or neither does. */
export async function writeAuditEvent(tx: Tx, actor: AuditActor, input: AuditInput) {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const fields = {
    seq: (last?.seq ?? 0) + 1,
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
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashAuditEvent(fields);
  await tx.insert(auditEvents).values({ ...fields, hash });
  return { seq: fields.seq, hash };
}
