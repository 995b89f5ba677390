import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditFields = {
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorRole: string;
  orgId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
  prevHash: string;
};

/** JSON with object keys sorted at every depth, so the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The event's own hash covers every field and the previous hash: editing, deleting or reordering breaks the chain. */
export function hashAuditEvent(event: AuditFields): string {
  const canonical = canonicalJson({ ...event, at: event.at.toISOString() });
  return createHash('sha256').update(canonical).digest('hex');
}

const chainSlot = '"prevHash":"","seq":0';

/**
 * The canonical form of an event not yet in the chain, in two pieces around the two values only
 * the chain knows once its lock is granted: `head + prevHash + '","seq":' + seq + tail` is exactly
 * what hashAuditEvent hashes (db/migrations/0023_audit_append.sql joins them). The keys are
 * sorted, so the top-level slot is the last occurrence: every later value is a JSON string, and
 * quotes inside it are escaped.
 */
export function canonicalPieces(event: Omit<AuditFields, 'seq' | 'prevHash'>): { head: string; tail: string } {
  const canonical = canonicalJson({ ...event, at: event.at.toISOString(), prevHash: '', seq: 0 });
  const slot = canonical.lastIndexOf(chainSlot);
  return { head: canonical.slice(0, slot + '"prevHash":"'.length), tail: canonical.slice(slot + chainSlot.length) };
}
