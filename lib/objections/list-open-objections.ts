import 'server-only';
import { noticeObjectionsCloseAt } from '@/lib/change-notices/notice-deadline-sql';
import { aliasedTable, and, asc, count, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
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

export const OBJECTIONS_PAGE_SIZE = 50;

/**
 * The staff page's query: which list (`open`, the default, or `decided`) and the keyset cursor
 * `after` = the id of the last objection shown. The cursor is an id, not the sort values: the
 * query reads that row's values itself, to the microsecond (a timestamp in the URL would lose them).
 */
export const staffObjectionsQuerySchema = z.object({
  state: z.enum(['open', 'decided']).catch('open'),
  after: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^[0-9a-f-]{36}$/i, { error: 'validation.invalid' }).optional()).catch(undefined),
});
export type StaffObjectionsQuery = { state?: string; after?: string };

/** The open list's order: the organisation's own deadline (decision 0081), then filed first, then id. */
const closesAt = (n: typeof notices, c: typeof changeNotices) => sql`coalesce(${n.objectionsCloseAt}, ${c.objectionsCloseAt}, ${c.effectiveAt})`;
const cursorObjection = aliasedTable(objections, 'cursor_objection');
const cursorNotice = aliasedTable(notices, 'cursor_notice');
const cursorChange = aliasedTable(changeNotices, 'cursor_change');

function openAfter(db: Database | Tx, id: string): SQL {
  const cursor = db
    .select({ closes: closesAt(cursorNotice, cursorChange), filedAt: cursorObjection.filedAt, id: cursorObjection.id })
    .from(cursorObjection)
    .innerJoin(cursorNotice, eq(cursorNotice.id, cursorObjection.noticeId))
    .innerJoin(cursorChange, eq(cursorChange.id, cursorObjection.changeNoticeId))
    .where(eq(cursorObjection.id, id));
  return sql`(${closesAt(notices, changeNotices)}, ${objections.filedAt}, ${objections.id}) > (${cursor})`;
}

function decidedBefore(db: Database | Tx, id: string): SQL {
  const at = db.select({ decidedAt: cursorObjection.decidedAt }).from(cursorObjection).where(eq(cursorObjection.id, id));
  const row = db.select({ decidedAt: cursorObjection.decidedAt, id: cursorObjection.id }).from(cursorObjection).where(eq(cursorObjection.id, id));
  // The first condition lets the scan of objections_decided_idx start at the cursor.
  return and(sql`${objections.decidedAt} <= (${at})`, sql`(${objections.decidedAt}, ${objections.id}) < (${row})`)!;
}

/**
 * Staff: one page of objections across all organisations, keyset-paged (OBJECTIONS_PAGE_SIZE rows,
 * whatever their number: issue 14). `open`: the soonest deadline first (ties: filed first), with
 * days left in the provider's time zone and the number of open objections; objections to a
 * withdrawn change are moot and left out. `decided`: the most recent decisions first. Plus whether
 * this person may decide. Staff reach every organisation, so no org scope here; the staff
 * permission is checked instead.
 */
export async function listOpenObjections(ctx: Ctx, input: StaffObjectionsQuery = {}) {
  assertCan(ctx, 'notices.view.staff');
  const { db, now } = ctx;
  const { state, after } = staffObjectionsQuerySchema.parse(input);
  const openWhere = and(eq(objections.status, 'open'), ne(changeNotices.status, 'withdrawn'));
  const [rows, openCount, { timeZone }] = await Promise.all([
    state === 'open'
      ? base(db)
          .where(and(openWhere, after ? openAfter(db, after) : undefined))
          .orderBy(asc(closesAt(notices, changeNotices)), asc(objections.filedAt), asc(objections.id))
          .limit(OBJECTIONS_PAGE_SIZE + 1)
      : base(db)
          .where(and(inArray(objections.status, ['accepted', 'rejected']), after ? decidedBefore(db, after) : undefined))
          .orderBy(desc(objections.decidedAt), desc(objections.id))
          .limit(OBJECTIONS_PAGE_SIZE + 1),
    state === 'open'
      ? db
          .select({ n: count() })
          .from(objections)
          .innerJoin(changeNotices, eq(changeNotices.id, objections.changeNoticeId))
          .where(openWhere)
          .then(([row]) => row?.n ?? 0)
      : Promise.resolve(null),
    getCalendarSettings(ctx),
  ]);
  const page = rows.slice(0, OBJECTIONS_PAGE_SIZE);
  const next = rows.length > OBJECTIONS_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null;
  return {
    state,
    timeZone,
    open:
      state === 'open'
        ? page.map((o) => {
            const closes = objectionsCloseAt(o);
            return {
              ...o,
              lastMoment: objectionDeadline(o),
              daysLeft: daysLeft(closes, now, timeZone),
              /** Filed in time, but the objection period has ended meanwhile: decide soon. */
              deadlinePassed: !isObjectionOpen(closes, now),
            };
          })
        : [],
    decided: state === 'decided' ? page : [],
    /** Open objections in all (the open list only). */
    openCount,
    /** The cursor of the next page, if there is one. */
    next,
    canDecide: can(ctx, 'objections.decide'),
  };
}

export type StaffObjection = Awaited<ReturnType<typeof listOpenObjections>>['open'][number];
