import 'server-only';
import { noticeObjectionsCloseAt } from '@/lib/change-notices/notice-deadline-sql';
import { aliasedTable, and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { changeNotices, notices, objections, organisations, subprocessors, users } from '@/db/schema';
import { assertCan, can } from '@/lib/auth/can';
import { daysLeft, isObjectionOpen } from '@/lib/change-notices/compute-effective-date';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { objectionDeadline, objectionsCloseAt } from './objection-rules';

const filer = aliasedTable(users, 'filer');
const decider = aliasedTable(users, 'decider');

const columns = {
  id: objections.id,
  orgId: objections.orgId,
  noticeId: objections.noticeId,
  status: objections.status,
  reason: objections.reason,
  filedAt: objections.filedAt,
  filedBy: filer.email,
  decidedAt: objections.decidedAt,
  decidedBy: decider.email,
  decisionNote: objections.decisionNote,
  orgName: organisations.legalName,
  customerNumber: organisations.customerNumber,
  changeNoticeId: changeNotices.id,
  changeTitle: changeNotices.title,
  changeStatus: changeNotices.status,
  effectiveAt: changeNotices.effectiveAt,
  objectionsCloseAt: noticeObjectionsCloseAt,
  subprocessorName: subprocessors.legalName,
};

function base(db: Database | Tx) {
  return db
    .select(columns)
    .from(objections)
    .innerJoin(organisations, eq(organisations.id, objections.orgId))
    .innerJoin(changeNotices, eq(changeNotices.id, objections.changeNoticeId))
    .innerJoin(notices, eq(notices.id, objections.noticeId))
    .innerJoin(subprocessors, eq(subprocessors.id, changeNotices.subprocessorId))
    .leftJoin(filer, eq(filer.id, objections.filedBy))
    .leftJoin(decider, eq(decider.id, objections.decidedBy));
}

/**
 * Staff: open objections across all organisations, the soonest deadline first (ties: filed first),
 * with days left in the provider's time zone. Objections to a withdrawn change are moot and left
 * out. Plus the most recent decisions, and whether this person may decide. Staff reach every
 * organisation, so no org scope here; the staff permission is checked instead.
 */
export async function listOpenObjections(ctx: Ctx, input: { decidedLimit?: number } = {}) {
  assertCan(ctx, 'notices.view.staff');
  const { db, now } = ctx;
  const [open, decided, { timeZone }] = await Promise.all([
    base(db)
      .where(and(eq(objections.status, 'open'), ne(changeNotices.status, 'withdrawn')))
      .orderBy(asc(sql`coalesce(${notices.objectionsCloseAt}, ${changeNotices.objectionsCloseAt}, ${changeNotices.effectiveAt})`), asc(objections.filedAt)),
    base(db)
      .where(inArray(objections.status, ['accepted', 'rejected']))
      .orderBy(desc(objections.decidedAt))
      .limit(input.decidedLimit ?? 50),
    getCalendarSettings(ctx),
  ]);
  return {
    timeZone,
    open: open.map((o) => {
      const closesAt = objectionsCloseAt(o);
      return {
        ...o,
        lastMoment: objectionDeadline(o),
        daysLeft: daysLeft(closesAt, now, timeZone),
        /** Filed in time, but the objection period has ended meanwhile: decide soon. */
        deadlinePassed: !isObjectionOpen(closesAt, now),
      };
    }),
    decided,
    canDecide: can(ctx, 'objections.decide'),
  };
}

export type StaffObjection = Awaited<ReturnType<typeof listOpenObjections>>['open'][number];
