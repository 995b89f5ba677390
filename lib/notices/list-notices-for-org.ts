import 'server-only';
import { noticeEffectiveAt, noticeObjectionsCloseAt } from '@/lib/change-notices/notice-deadline-sql';
import { and, count, desc, eq, ne, sql } from 'drizzle-orm';
import { changeNotices, noticeReads, notices, objections, subprocessors } from '@/db/schema';
import { daysLeft } from '@/lib/change-notices/compute-effective-date';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { isObjectionWindowOpen, objectionsCloseAt } from '@/lib/objections/objection-rules';
import { isId, noticeViewerOf } from './viewer';

export const NOTICES_PAGE_SIZE = 20;

/**
 * One page of an organisation's notices, newest first, each with its change notice's state, the
 * deadline, the organisation's objection and whether the viewing user has opened it yet (read
 * markers are per user: notice_reads). Scoped by orgId in the WHERE clause; a stranger gets null.
 */
export async function listNoticesForOrg(ctx: Ctx, input: { orgId: string; page?: number; pageSize?: number }) {
  const viewer = noticeViewerOf(ctx.actor, input.orgId);
  if (!viewer || !isId(input.orgId)) return null;
  const pageSize = Math.min(Math.max(input.pageSize ?? NOTICES_PAGE_SIZE, 1), 100);
  const { db, now } = ctx;
  const scope = and(eq(notices.orgId, input.orgId), ne(changeNotices.status, 'draft'));

  const [[total], { timeZone }] = await Promise.all([
    db
      .select({ n: count() })
      .from(notices)
      .innerJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
      .where(scope),
    getCalendarSettings(ctx),
  ]);
  const pageCount = Math.max(1, Math.ceil((total?.n ?? 0) / pageSize));
  const page = Math.min(Math.max(Math.trunc(input.page ?? 1) || 1, 1), pageCount);

  const rows = await db
    .select({
      noticeId: notices.id,
      receivedAt: notices.createdAt,
      changeNoticeId: changeNotices.id,
      kind: changeNotices.kind,
      title: changeNotices.title,
      status: changeNotices.status,
      isEmergency: changeNotices.isEmergency,
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
    .orderBy(desc(notices.createdAt), desc(sql`${notices.id}`))
    .limit(pageSize)
    .offset((page - 1) * pageSize);

  return {
    viewer,
    timeZone,
    page,
    pageCount,
    total: total?.n ?? 0,
    notices: rows.map((r) => ({
      ...r,
      // Staff are never marked as readers (the marker is the customer's acknowledgement).
      unread: viewer.kind === 'member' && r.readAt === null,
      open: isObjectionWindowOpen(r, now),
      daysLeft: daysLeft(objectionsCloseAt(r), now, timeZone),
    })),
  };
}

export type NoticeListItem = NonNullable<Awaited<ReturnType<typeof listNoticesForOrg>>>['notices'][number];
