import 'server-only';
import { sql, type SQLWrapper } from 'drizzle-orm';
import type { Ctx } from '@/lib/core/context';
import { rowsOf } from '@/lib/core/rows';
import { isId, noticeViewerOf } from './viewer';

/**
 * How many of an organisation's notices a person has not opened yet, as a column of another query:
 * every notice of a change that has left draft, without the person's read marker. The session's
 * statement reads it for each membership (lib/auth/load-actor.ts, the header's badge).
 */
export const unreadNoticesCount = (orgId: SQLWrapper | string, userId: SQLWrapper | string) =>
  sql<number>`(select count(*)::int from notices n join change_notices c on c.id = n.change_notice_id
                where n.org_id = ${orgId} and c.status <> 'draft'
                  and not exists (select 1 from notice_reads r where r.notice_id = n.id and r.user_id = ${userId}))`;

/**
 * How many of the organisation's notices this user has not opened yet (the header badge). Only
 * the organisation's own people have read markers; anyone else gets 0. Scoped by orgId.
 */
export async function countUnreadNotices(ctx: Ctx, input: { orgId: string }): Promise<number> {
  const { orgId } = input;
  if (!isId(orgId) || noticeViewerOf(ctx.actor, orgId)?.kind !== 'member') return 0;
  const [row] = rowsOf<{ n: number }>(await ctx.db.execute(sql`select ${unreadNoticesCount(sql`${orgId}::uuid`, ctx.actor.userId)} as n`));
  return Number(row?.n ?? 0);
}
