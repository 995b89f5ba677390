import 'server-only';
import { and, count, eq, isNull, ne } from 'drizzle-orm';
import { changeNotices, noticeReads, notices } from '@/db/schema';
import type { Ctx } from '@/lib/core/context';
import { isId, noticeViewerOf } from './viewer';

/**
 * How many of the organisation's notices this user has not opened yet (the header badge). Only
 * the organisation's own people have read markers; anyone else gets 0. Scoped by orgId.
 */
export async function countUnreadNotices(ctx: Ctx, input: { orgId: string }): Promise<number> {
  const { orgId } = input;
  if (!isId(orgId) || noticeViewerOf(ctx.actor, orgId)?.kind !== 'member') return 0;
  const [row] = await ctx.db
    .select({ n: count() })
    .from(notices)
    .innerJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
    .leftJoin(noticeReads, and(eq(noticeReads.noticeId, notices.id), eq(noticeReads.userId, ctx.actor.userId)))
    .where(and(eq(notices.orgId, orgId), ne(changeNotices.status, 'draft'), isNull(noticeReads.noticeId)));
  return row?.n ?? 0;
}
