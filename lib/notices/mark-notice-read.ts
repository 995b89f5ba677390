import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { noticeReads, notices } from '@/db/schema';
import type { Ctx } from '@/lib/core/context';
import { noticeViewerOf } from './viewer';

export const markNoticeReadSchema = z.object({
  orgId: z.guid({ error: 'validation.invalid' }),
  noticeId: z.guid({ error: 'validation.invalid' }),
});
export type MarkNoticeReadInput = z.output<typeof markNoticeReadSchema>;

/**
 * Marks a notice as opened by this user, one of the organisation's own people. The marker drives
 * the unread badge, but the FIRST opening is also evidence that the customer took notice of the
 * change (GDPR Art. 28(2) is about being informed), so it writes an audit event ('notice.read') in
 * the same transaction; later calls change nothing and write nothing. Staff looking at a customer's
 * notice are not customers taking notice.
 *
 * Called by an explicit action once the notice is on the screen, never while a page renders: a
 * prefetch or a crawler fetching the page must not produce evidence that somebody read it.
 */
export async function markNoticeRead(ctx: Ctx, input: MarkNoticeReadInput) {
  if (noticeViewerOf(ctx.actor, input.orgId)?.kind !== 'member') return { marked: false };
  // INSERT ... SELECT: the notice must belong to the organisation, checked in the same statement.
  const inserted = await ctx.db
    .insert(noticeReads)
    .select(
      ctx.db
        .select({
          noticeId: notices.id,
          userId: sql<string>`${ctx.actor.userId}`.as('user_id'),
          readAt: sql<Date>`${ctx.now.toISOString()}::timestamptz`.as('read_at'),
        })
        .from(notices)
        .where(and(eq(notices.id, input.noticeId), eq(notices.orgId, input.orgId))),
    )
    .onConflictDoNothing()
    .returning({ noticeId: noticeReads.noticeId });
  if (inserted.length === 0) return { marked: false };
  await ctx.audit({ action: 'notice.read', orgId: input.orgId, targetType: 'notice', targetId: input.noticeId });
  return { marked: true };
}
