import { createHash } from 'node:crypto';
import type { AnnexSnapshot } from '@/db/schema';
import { canonicalJson } from '@/lib/audit/hash-audit-event';

/**
 * The SHA-256 of an agreement's annex snapshot. Canonical JSON (keys sorted at every depth) rather
 * than JSON.stringify, because jsonb stores keys in its own order: the hash must be recomputable
 * from the row read back, or the evidence page could not be verified.
 */
export function hashAnnexSnapshot(snapshot: AnnexSnapshot): string {
  return createHash('sha256').update(canonicalJson(snapshot), 'utf8').digest('hex');
}
