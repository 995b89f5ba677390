import 'server-only';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { changeNotices, noticeReads, notices, objections, subprocessors } from '@/db/schema';
import { daysLeft } from '@/lib/change-notices/compute-effective-date';
import { noticeEffectiveAt, noticeObjectionsCloseAt } from '@/lib/change-notices/notice-deadline-sql';
import { objectionDeadline, objectionsCloseAt } from '@/lib/objections/objection-rules';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { isId, noticeViewerOf } from './viewer';

/**
 * The dashboard card: the organisation's announced notices that can still be objected to,
 * soonest deadline first, with days left and the objection's state. Scoped by orgId.
 */
export async function listOpenNoticesForOrg(ctx: Ctx, input: { orgId: string; limit?: number }) {
  const { orgId, limit = 5 } = input;
  const viewer = noticeViewerOf(ctx.actor, orgId);
  if (!viewer || !isId(orgId)) return null;
  const { db, now } = ctx;
  const scope = and(eq(notices.orgId, orgId), inArray(changeNotices.status, ['announced', 'effective']), gt(noticeEffectiveAt, sql`${now.toISOString()}::timestamptz`));
  // (A bare Date would reach postgres.js unmapped: the expression is no column that maps its value.)
  // The total comes with the rows (a window count is taken before LIMIT), not from a second query.
  const [rows, { timeZone }] = await Promise.all([
    db
      .select({
        total: sql<number>`(count(*) over ())::int`,
        noticeId: notices.id,
        title: changeNotices.title,
        kind: changeNotices.kind,
        effectiveAt: noticeEffectiveAt,
        objectionsCloseAt: noticeObjectionsCloseAt,
        subprocessorName: subprocessors.legalName,
        objectionStatus: objections.status,
        readAt: noticeReads.readAt,
      })
      .from(notices)
      .innerJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
      .innerJoin(subprocessors, eq(subprocessors.id, changeNotices.subprocessorId))
      .leftJoin(objections, and(eq(objections.changeNoticeId, changeNotices.id), eq(objections.orgId, notices.orgId)))
      .leftJoin(noticeReads, and(eq(noticeReads.noticeId, notices.id), eq(noticeReads.userId, ctx.actor.userId)))
      .where(scope)
      .orderBy(asc(noticeEffectiveAt), asc(notices.id))
      .limit(limit),
    getCalendarSettings(ctx),
  ]);
  return {
    viewer,
    timeZone,
    total: Number(rows[0]?.total ?? 0),
    notices: rows.map(({ total: _total, ...r }) => ({
      ...r,
      unread: viewer.kind === 'member' && r.readAt === null,
      daysLeft: daysLeft(objectionsCloseAt(r), now, timeZone),
      /** The last moment an objection is accepted (the organisation's own, decision 0081). */
      deadline: objectionDeadline(r),
    })),
  };
}
