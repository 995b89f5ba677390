import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { changeNotices, contacts, notices, organisations, webhookDeliveries, webhooks } from '@/db/schema';
import { assertCan, can } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { noticeViewerOf } from '@/lib/notices/viewer';

const LOG_PER_WEBHOOK = 10;

/**
 * What the subscriptions page shows for one organisation, and whether this person may change it
 * (else why not: a member reads, staff look on). Every query is scoped by orgId; null for an
 * unknown organisation.
 */
export async function getSubscriptions(ctx: Ctx, input: { orgId: string }) {
  const { orgId } = input;
  assertCan(ctx, 'subscriptions.view', orgId);
  if (!z.guid().safeParse(orgId).success) return null;
  const { db } = ctx;
  const [org] = await db
    .select({ id: organisations.id, legalName: organisations.legalName, hasFeed: sql<boolean>`${organisations.feedTokenHash} is not null` })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  if (!org) return null;
  const [contactRows, hookRows] = await Promise.all([
    db
      .select({ id: contacts.id, email: contacts.email, name: contacts.name, locale: contacts.locale, confirmedAt: contacts.confirmedAt, createdAt: contacts.createdAt })
      .from(contacts)
      .where(and(eq(contacts.orgId, orgId), eq(contacts.kind, 'notice')))
      .orderBy(contacts.createdAt),
    db
      .select({ id: webhooks.id, url: webhooks.url, active: webhooks.active, createdAt: webhooks.createdAt })
      .from(webhooks)
      .where(eq(webhooks.orgId, orgId))
      .orderBy(webhooks.createdAt),
  ]);
  const hookIds = hookRows.map((h) => h.id);
  // The latest few deliveries of each webhook, in one query (a window per webhook).
  const log = hookIds.length
    ? await db
        .select({
          webhookId: sql<string>`ranked.webhook_id`,
          id: sql<string>`ranked.id`,
          event: sql<string>`ranked.event`,
          state: sql<string>`ranked.state`,
          attempts: sql<number>`ranked.attempts`,
          responseStatus: sql<number | null>`ranked.response_status`,
          lastError: sql<string | null>`ranked.last_error`,
          sentAt: sql<string | null>`ranked.sent_at`,
          createdAt: sql<string>`ranked.created_at`,
          title: sql<{ de: string; en: string } | null>`ranked.title`,
        })
        .from(
          db
            .select({
              webhook_id: webhookDeliveries.webhookId,
              id: webhookDeliveries.id,
              event: webhookDeliveries.event,
              state: webhookDeliveries.state,
              attempts: webhookDeliveries.attempts,
              response_status: webhookDeliveries.responseStatus,
              last_error: webhookDeliveries.lastError,
              sent_at: webhookDeliveries.sentAt,
              created_at: webhookDeliveries.createdAt,
              title: changeNotices.title,
              rn: sql<number>`row_number() over (partition by ${webhookDeliveries.webhookId} order by ${webhookDeliveries.createdAt} desc)`.as('rn'),
            })
            .from(webhookDeliveries)
            .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
            .leftJoin(notices, eq(notices.id, webhookDeliveries.noticeId))
            .leftJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
            .where(and(eq(webhooks.orgId, orgId), inArray(webhookDeliveries.webhookId, hookIds)))
            .as('ranked'),
        )
        .where(sql`ranked.rn <= ${LOG_PER_WEBHOOK}`)
        .orderBy(sql`ranked.created_at desc`)
    : [];
  const canManage = can(ctx, 'subscriptions.manage', orgId);
  return {
    org,
    canManage,
    readOnly: canManage ? null : noticeViewerOf(ctx.actor, orgId)?.kind === 'member' ? ('member' as const) : ('staff' as const),
    contacts: contactRows,
    webhooks: hookRows.map((h) => ({
      ...h,
      log: log
        .filter((l) => l.webhookId === h.id)
        .map((l) => ({ ...l, sentAt: l.sentAt ? new Date(l.sentAt) : null, createdAt: new Date(l.createdAt) })),
    })),
  };
}

export type Subscriptions = NonNullable<Awaited<ReturnType<typeof getSubscriptions>>>;
