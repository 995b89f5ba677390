import 'server-only';
import { sql, type SQLWrapper } from 'drizzle-orm';
import { changeKind, changeNotices, noticeReads, notices, objections, objectionStatus, subprocessors, type LocalizedText } from '@/db/schema';
import { daysLeft } from '@/lib/change-notices/compute-effective-date';
import { noticeEffectiveAt, noticeObjectionsCloseAt } from '@/lib/change-notices/notice-deadline-sql';
import { objectionDeadline, objectionsCloseAt } from '@/lib/objections/objection-rules';
import type { Ctx } from '@/lib/core/context';
import { rowsOf } from '@/lib/core/rows';
import { getCalendarSettings } from '@/lib/core/settings';
import { isId, noticeViewerOf, type NoticeViewer } from './viewer';

type Value = SQLWrapper | string | number;

/**
 * The dashboard card's notices as one json column: the organisation's announced notices that can
 * still be objected to, soonest deadline first, the first `limit` of them with the total. A column,
 * so that the dashboard reads it in its own statement (lib/orgs/get-org-dashboard.ts); the values
 * may be placeholders of a prepared statement. `now` is an ISO timestamp.
 */
export function openNoticesJson(orgId: Value, userId: Value, now: Value, limit: Value) {
  const open = sql`${notices.orgId} = ${orgId} and ${changeNotices.status} in ('announced', 'effective') and ${noticeEffectiveAt} > ${now}::timestamptz`;
  return sql<OpenNoticesJson | string>`(select json_build_object('total', count(*), 'rows', coalesce(json_agg(x order by x.rank) filter (where x.rank <= ${limit}::int), '[]'::json))
    from (select row_number() over (order by ${noticeEffectiveAt}, ${notices.id}) as rank, ${notices.id} as "noticeId", ${changeNotices.title} as title,
                 ${changeNotices.kind} as kind, ${noticeEffectiveAt} as "effectiveAt", ${noticeObjectionsCloseAt} as "objectionsCloseAt",
                 ${subprocessors.legalName} as "subprocessorName", ${objections.status} as "objectionStatus", ${noticeReads.readAt} as "readAt"
            from ${notices}
            inner join ${changeNotices} on ${changeNotices.id} = ${notices.changeNoticeId}
            inner join ${subprocessors} on ${subprocessors.id} = ${changeNotices.subprocessorId}
            left join ${objections} on ${objections.changeNoticeId} = ${changeNotices.id} and ${objections.orgId} = ${notices.orgId}
            left join ${noticeReads} on ${noticeReads.noticeId} = ${notices.id} and ${noticeReads.userId} = ${userId}
           where ${open}) x)`;
}

type OpenNoticeRow = {
  noticeId: string;
  title: LocalizedText;
  kind: (typeof changeKind.enumValues)[number];
  effectiveAt: string;
  objectionsCloseAt: string | null;
  subprocessorName: string;
  objectionStatus: (typeof objectionStatus.enumValues)[number] | null;
  readAt: string | null;
};
type OpenNoticesJson = { total: number; rows: OpenNoticeRow[] };

/** The column above, for the card: dates, days left, the objection deadline, unread for members. */
export function openNoticesFrom(value: OpenNoticesJson | string, viewer: NoticeViewer, now: Date, timeZone: string) {
  const { total, rows } = (typeof value === 'string' ? JSON.parse(value) : value) as OpenNoticesJson;
  return {
    viewer,
    timeZone,
    total: Number(total),
    notices: rows.map(({ effectiveAt, objectionsCloseAt: closeAt, readAt, ...r }) => {
      const dates = { effectiveAt: new Date(effectiveAt), objectionsCloseAt: closeAt === null ? null : new Date(closeAt) };
      return {
        ...r,
        ...dates,
        readAt: readAt === null ? null : new Date(readAt),
        unread: viewer.kind === 'member' && readAt === null,
        daysLeft: daysLeft(objectionsCloseAt(dates), now, timeZone),
        /** The last moment an objection is accepted (the organisation's own, decision 0081). */
        deadline: objectionDeadline(dates),
      };
    }),
  };
}

export type OpenNotices = ReturnType<typeof openNoticesFrom>;

/**
 * The dashboard card's notices on their own (the dashboard reads them with its other data). Scoped
 * by orgId; null for anyone who is neither one of the organisation's people nor staff.
 */
export async function listOpenNoticesForOrg(ctx: Ctx, input: { orgId: string; limit?: number }): Promise<OpenNotices | null> {
  const { orgId, limit = 5 } = input;
  const viewer = noticeViewerOf(ctx.actor, orgId);
  if (!viewer || !isId(orgId)) return null;
  // execute, not select(): a select from no table would print the fragment's columns unqualified.
  const [result, { timeZone }] = await Promise.all([
    ctx.db.execute(sql`select ${openNoticesJson(orgId, ctx.actor.userId, ctx.now.toISOString(), limit)} as open`),
    getCalendarSettings(ctx),
  ]);
  const [row] = rowsOf<{ open: OpenNoticesJson | string }>(result);
  return openNoticesFrom(row!.open, viewer, ctx.now, timeZone);
}
