import 'server-only';
import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { changeNotices, deliveries, deliveryState, notices, organisations } from '@/db/schema';
import { assertCan, can } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';

export const PAGE_SIZE = 50;
export type DeliveryState = (typeof deliveryState.enumValues)[number];
export const deliveryStates = deliveryState.enumValues;

/**
 * The staff's proof of notification for one change notice: how many deliveries are in each state,
 * and the recipients (organisation, address, state, attempts, last error, time sent), filtered by
 * state and paged; and whether this person may queue the failed ones again. Returns null for an
 * unknown change notice (also for an id that is no uuid).
 */
export async function listDeliveries(ctx: Ctx, input: { changeNoticeId: string; state?: DeliveryState; page: number }) {
  assertCan(ctx, 'notices.view.staff');
  if (!z.guid().safeParse(input.changeNoticeId).success) return null;
  const { db } = ctx;
  const [changeNotice] = await db
    .select({ id: changeNotices.id, title: changeNotices.title, status: changeNotices.status, announcedAt: changeNotices.announcedAt, effectiveAt: changeNotices.effectiveAt })
    .from(changeNotices)
    .where(eq(changeNotices.id, input.changeNoticeId));
  if (!changeNotice) return null;
  const ofNotice = eq(notices.changeNoticeId, changeNotice.id);
  const where: SQL = input.state ? and(ofNotice, eq(deliveries.state, input.state))! : ofNotice;
  const [countRows, [{ total } = { total: 0 }]] = await Promise.all([
    db
      .select({ state: deliveries.state, n: count() })
      .from(deliveries)
      .innerJoin(notices, eq(notices.id, deliveries.noticeId))
      .where(ofNotice)
      .groupBy(deliveries.state),
    db.select({ total: count() }).from(deliveries).innerJoin(notices, eq(notices.id, deliveries.noticeId)).where(where),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, input.page), pageCount);
  const rows = await db
    .select({
      id: deliveries.id,
      recipient: deliveries.recipient,
      locale: deliveries.locale,
      state: deliveries.state,
      attempts: deliveries.attempts,
      lastError: deliveries.lastError,
      sentAt: deliveries.sentAt,
      createdAt: deliveries.createdAt,
      updatedAt: deliveries.updatedAt,
      nextAttemptAt: deliveries.nextAttemptAt,
      messageId: deliveries.messageId,
      orgId: organisations.id,
      orgName: organisations.legalName,
      customerNumber: organisations.customerNumber,
    })
    .from(deliveries)
    .innerJoin(notices, eq(notices.id, deliveries.noticeId))
    .innerJoin(organisations, eq(organisations.id, notices.orgId))
    .where(where)
    .orderBy(asc(organisations.customerNumber), asc(deliveries.recipient))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  const counts = Object.fromEntries(deliveryStates.map((s) => [s, 0])) as Record<DeliveryState, number>;
  for (const row of countRows) counts[row.state] = Number(row.n);
  const canRetry = counts.failed > 0 && can(ctx, 'notices.manage');
  return { changeNotice, counts, rows, page, pageCount, total: Number(total), canRetry };
}
