import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database, Tx } from '@/db/client';
import { changeNotices, changeNoticeStatus, subprocessors } from '@/db/schema';

export const changeNoticeStatuses = changeNoticeStatus.enumValues;
export type ChangeNoticeStatus = (typeof changeNoticeStatuses)[number];

const replaced = alias(subprocessors, 'replaced');

/**
 * The staff's list of change notices, newest first, with how many organisations each reached and
 * how many deliveries it has; plus the count per status for the filter tabs.
 */
export async function listChangeNotices(db: Database | Tx, status?: ChangeNoticeStatus) {
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
  return { rows, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}
