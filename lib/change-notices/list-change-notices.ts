import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { changeNotices, changeNoticeStatus, subprocessors } from '@/db/schema';
import { assertCan, can } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { effectiveDateOf } from './compute-effective-date';

export const changeNoticeStatuses = changeNoticeStatus.enumValues;
export type ChangeNoticeStatus = (typeof changeNoticeStatuses)[number];

const replaced = alias(subprocessors, 'replaced');

/**
 * The staff's list of change notices, newest first, with how many organisations each reached and
 * how many deliveries it has, and its effective date in the provider's time zone; plus the count
 * per status for the filter tabs, and whether this person may draft a new one.
 */
export async function listChangeNotices(ctx: Ctx, input: { status?: ChangeNoticeStatus } = {}) {
  assertCan(ctx, 'notices.view.staff');
  const { db } = ctx;
  const { status } = input;
  const { timeZone } = await getCalendarSettings(ctx);
  const rows = await db
    .select({
      id: changeNotices.id,
      kind: changeNotices.kind,
      status: changeNotices.status,
      title: changeNotices.title,
      isEmergency: changeNotices.isEmergency,
      effectiveAt: changeNotices.effectiveAt,
      announcedAt: changeNotices.announcedAt,
      createdAt: changeNotices.createdAt,
      subprocessorName: subprocessors.legalName,
      replacesName: replaced.legalName,
      organisations: sql<number>`(select count(*) from notices n where n.change_notice_id = ${changeNotices.id})::int`,
      deliveries: sql<number>`(select count(*) from deliveries d join notices n on n.id = d.notice_id where n.change_notice_id = ${changeNotices.id})::int`,
    })
    .from(changeNotices)
    .innerJoin(subprocessors, eq(subprocessors.id, changeNotices.subprocessorId))
    .leftJoin(replaced, eq(replaced.id, changeNotices.replacesSubprocessorId))
    .where(status ? eq(changeNotices.status, status) : undefined)
    .orderBy(desc(changeNotices.createdAt))
    .limit(500);
  const countRows = await db
    .select({ status: changeNotices.status, n: sql<number>`count(*)::int` })
    .from(changeNotices)
    .groupBy(changeNotices.status);
  const counts = Object.fromEntries(changeNoticeStatuses.map((s) => [s, 0])) as Record<ChangeNoticeStatus, number>;
  for (const row of countRows) counts[row.status] = row.n;
  return {
    rows: rows.map((row) => ({ ...row, effectiveDate: effectiveDateOf(row.effectiveAt, timeZone) })),
    counts,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    canManage: can(ctx, 'notices.manage'),
  };
}
