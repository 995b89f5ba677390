import 'server-only';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { verifyAuditChain, type AuditChainResult } from './verify-audit-chain';

/**
 * Admins and privacy staff verify the whole chain from the page: every link recomputed, streamed
 * by seq (lib/audit/verify-audit-chain.ts), the first broken link named. The walk only reads (it
 * takes the chain's lock only for the one event recording the check and its outcome, at the end).
 */
export async function checkAuditChain(ctx: Ctx): Promise<AuditChainResult & { checkedAt: Date }> {
  assertCan(ctx, 'audit.view');
  const result = await verifyAuditChain(ctx.db);
  await ctx.audit({
    action: 'audit.chain_verified',
    targetType: 'audit_log',
    details: result.ok ? { ok: true, count: result.count } : { ok: false, brokenAt: result.brokenAt, reason: result.reason },
  });
  return { ...result, checkedAt: ctx.now };
}
