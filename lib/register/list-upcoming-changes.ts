import 'server-only';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { changeNotices, changeNoticeServices, notices, services, subprocessors, type LocalizedText } from '@/db/schema';
import { daysLeft, effectiveDateOf } from '@/lib/change-notices/compute-effective-date';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';

export type UpcomingChange = {
  changeNoticeId: string;
  /** The organisation's own notice (for its link), when listed for an organisation. */
  noticeId: string | null;
  kind: (typeof changeNotices.$inferSelect)['kind'];
  title: LocalizedText;
  subprocessorName: string;
  replacesName: string | null;
  isEmergency: boolean;
  effectiveAt: Date;
  effectiveDate: string;
  daysLeft: number;
  services: { code: string; name: LocalizedText }[];
};

const replaced = alias(subprocessors, 'replaced');

/**
 * Announced change notices that have not taken effect yet, soonest first, with the calendar days
 * left in the provider's time zone, counted from ctx.now. With `orgId`: only those the
 * organisation was notified of (it has a notices row), scoped in the WHERE clause.
 */
export async function listUpcomingChanges(ctx: Ctx<Actor | null>, options: { orgId?: string } = {}): Promise<UpcomingChange[]> {
  const { now, db } = ctx;
  const { timeZone } = await getCalendarSettings(ctx);
  const base = db
    .select({
      changeNoticeId: changeNotices.id,
      kind: changeNotices.kind,
      title: changeNotices.title,
      subprocessorName: subprocessors.legalName,
      replacesName: replaced.legalName,
      isEmergency: changeNotices.isEmergency,
      effectiveAt: changeNotices.effectiveAt,
      noticeId: options.orgId ? notices.id : changeNotices.id,
    })
    .from(changeNotices)
    .innerJoin(subprocessors, eq(subprocessors.id, changeNotices.subprocessorId))
    .leftJoin(replaced, eq(replaced.id, changeNotices.replacesSubprocessorId));
  const scoped = options.orgId
    ? base.innerJoin(notices, and(eq(notices.changeNoticeId, changeNotices.id), eq(notices.orgId, options.orgId)))
    : base;
  const rows = await scoped
    .where(and(eq(changeNotices.status, 'announced'), gt(changeNotices.effectiveAt, now)))
    .orderBy(asc(changeNotices.effectiveAt));
  if (rows.length === 0) return [];

  const serviceRows = await db
    .select({ changeNoticeId: changeNoticeServices.changeNoticeId, code: services.code, name: services.name })
    .from(changeNoticeServices)
    .innerJoin(services, eq(services.id, changeNoticeServices.serviceId))
    .where(inArray(changeNoticeServices.changeNoticeId, rows.map((r) => r.changeNoticeId)))
    .orderBy(asc(services.code));

  return rows.map((row) => ({
    ...row,
    noticeId: options.orgId ? row.noticeId : null,
    effectiveDate: effectiveDateOf(row.effectiveAt, timeZone),
    daysLeft: daysLeft(row.effectiveAt, now, timeZone),
    services: serviceRows.filter((s) => s.changeNoticeId === row.changeNoticeId).map(({ code, name }) => ({ code, name })),
  }));
}
