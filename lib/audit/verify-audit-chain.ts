import 'server-only';
import { asc, gt } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { GENESIS_HASH, hashAuditEvent } from './hash-audit-event';

export type AuditChainBreak =
  /** The stored hash is not the hash of the stored fields: the event was edited, or moved. */
  | 'hash_mismatch'
  /** The event does not point at the hash of the event before it: one was replaced or removed. */
  | 'prev_hash_mismatch'
  /** A sequence number is missing (the chain starts at 1 and counts up by one): an event was deleted. */
  | 'gap';

export type AuditChainResult =
  | { ok: true; count: number; lastHash: string }
  | {
      ok: false;
      /** Events verified intact before the break. */
      count: number;
      /** The sequence number of the first broken link (for a gap: the first missing number). */
      brokenAt: number;
      reason: AuditChainBreak;
      message: string;
    };

export type VerifyAuditChainOptions = {
  /** Events read per query; the chain is streamed by sequence number, never loaded whole. */
  batchSize?: number;
  /** Called after every batch, e.g. for a progress line on 10 million events. */
  onProgress?: (verified: number) => void;
};

/**
 * Walks the whole audit chain in sequence order and recomputes every link. Pages by keyset
 * (`seq > last`), so memory stays flat and each page is an index range scan however long the
 * log grows. Stops at, and names, the first broken link.
 *
 * What it cannot see on its own: removing events from the END of the chain leaves a shorter but
 * consistent chain. Comparing `count`/`lastHash` with a copy kept elsewhere closes that gap.
 */
export async function verifyAuditChain(
  db: Database | Tx,
  { batchSize = 5_000, onProgress }: VerifyAuditChainOptions = {},
): Promise<AuditChainResult> {
  let count = 0;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    for (const event of batch) {
      if (event.seq !== expectedSeq) {
        return broken(count, expectedSeq, 'gap', `event #${expectedSeq} is missing (next is #${event.seq})`);
      }
      if (event.prevHash !== prevHash) {
        return broken(count, event.seq, 'prev_hash_mismatch', `event #${event.seq} does not link to the event before it`);
      }
      const { hash, ...fields } = event;
      if (hashAuditEvent(fields) !== hash) {
        return broken(count, event.seq, 'hash_mismatch', `event #${event.seq} does not match its hash`);
      }
      prevHash = hash;
      expectedSeq += 1;
      count += 1;
    }
    onProgress?.(count);
    if (batch.length < batchSize) return { ok: true, count, lastHash: prevHash };
  }
}

function broken(count: number, brokenAt: number, reason: AuditChainBreak, message: string): AuditChainResult {
  return { ok: false, count, brokenAt, reason, message };
}
