import 'server-only';
import { aliasedTable, and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { changeNotices, objections, organisations, subprocessors, users } from '@/db/schema';
import type { ActorRoles } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { daysLeft, isObjectionOpen, lastObjectionMoment } from '@/lib/change-notices/compute-effective-date';
import { providerTimeZone } from '@/lib/notices/viewer';

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
  objectionsCloseAt: changeNotices.objectionsCloseAt,
  subprocessorName: subprocessors.legalName,
};

function base() {
  return getDb()
    .select(columns)
    .from(objections)
    .innerJoin(organisations, eq(organisations.id, objections.orgId))
    .innerJoin(changeNotices, eq(changeNotices.id, objections.changeNoticeId))
    .innerJoin(subprocessors, eq(subprocessors.id, changeNotices.subprocessorId))
    .leftJoin(filer, eq(filer.id, objections.filedBy))
    .leftJoin(decider, eq(decider.id, objections.decidedBy));
}

/**
 * Staff: open objections across all organisations, the soonest deadline first (ties: filed first),
 * with days left in the provider's time zone. Objections to a withdrawn change are moot and left
 * out. Plus the most recent decisions. Staff reach every organisation, so no org scope here;
 * the staff role is checked instead.
 */
export async function listOpenObjections(actor: ActorRoles, now: Date = new Date(), decidedLimit = 50) {
  if (actor.staffRoles.length === 0) throw new AppError('FORBIDDEN');
  const [open, decided, timeZone] = await Promise.all([
    base()
      .where(and(eq(objections.status, 'open'), ne(changeNotices.status, 'withdrawn')))
      .orderBy(asc(sql`coalesce(${changeNotices.objectionsCloseAt}, ${changeNotices.effectiveAt})`), asc(objections.filedAt)),
    base()
      .where(inArray(objections.status, ['accepted', 'rejected']))
      .orderBy(desc(objections.decidedAt))
      .limit(decidedLimit),
    providerTimeZone(),
  ]);
  return {
    timeZone,
    open: open.map((o) => {
      const closesAt = o.objectionsCloseAt ?? o.effectiveAt;
      return {
        ...o,
        lastMoment: lastObjectionMoment(closesAt),
        daysLeft: daysLeft(closesAt, now, timeZone),
        /** Filed in time, but the objection period has ended meanwhile: decide soon. */
        deadlinePassed: !isObjectionOpen(closesAt, now),
      };
    }),
    decided,
  };
}

export type StaffObjection = Awaited<ReturnType<typeof listOpenObjections>>['open'][number];
