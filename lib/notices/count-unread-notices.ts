import 'server-only';
import { and, count, eq, isNull, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { changeNotices, noticeReads, notices } from '@/db/schema';
import type { ActorRoles } from '@/lib/auth/permissions';
import { isId } from './viewer';

/**
 * How many of the organisation's notices this user has not opened yet (the header badge). Only
 * the organisation's own people have read markers; anyone else gets 0. Scoped by orgId.
 */
export async function countUnreadNotices(actor: ActorRoles & { userId: string }, orgId: string): Promise<number> {
  if (!isId(orgId) || !actor.memberships.some((m) => m.orgId === orgId)) return 0;
  const [row] = await getDb()
    .select({ n: count() })
    .from(notices)
    .innerJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
    .leftJoin(noticeReads, and(eq(noticeReads.noticeId, notices.id), eq(noticeReads.userId, actor.userId)))
    .where(and(eq(notices.orgId, orgId), ne(changeNotices.status, 'draft'), isNull(noticeReads.noticeId)));
  return row?.n ?? 0;
}
