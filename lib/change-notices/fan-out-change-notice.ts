import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import type { Ctx } from '@/lib/core/context';
import { env } from '@/lib/env';
import type { ChangeNoticeDetail } from './get-change-notice';
import { effectiveDateOf } from './compute-effective-date';
import { affectedOrganisationsSql, recipientsSql } from './notice-audience-sql';
import { applyOwnNoticePeriods } from './own-notice-periods';
import { queryRows } from '@/lib/core/rows';

export type FanOutCounts = { notices: number; deliveries: number; webhookDeliveries: number };

/** What a webhook receiver learns about a change notice: its public fields, nothing internal. */
export function changeNoticePayload(notice: ChangeNoticeDetail, timeZone: string) {
  const party = (s: ChangeNoticeDetail['subprocessor']) => ({
    id: s.id,
    legalName: s.legalName,
    address: s.address,
    country: s.country,
    purpose: s.purpose,
    safeguard: s.safeguard,
  });
  return {
    event: 'change_notice.announced',
    changeNoticeId: notice.id,
    kind: notice.kind,
    title: notice.title,
    description: notice.description,
    subprocessor: party(notice.subprocessor),
    replaces: notice.replaces ? party(notice.replaces) : null,
    services: notice.services.map((s) => s.code),
    isEmergency: notice.isEmergency,
    emergencyReason: notice.emergencyReason,
    announcedAt: notice.announcedAt?.toISOString() ?? null,
    effectiveAt: notice.effectiveAt.toISOString(),
    effectiveDate: effectiveDateOf(notice.effectiveAt, timeZone),
  };
}

const count = async (tx: Database | Tx, query: ReturnType<typeof sql>) =>
  (await queryRows<{ n: number }>(tx, sql`with inserted as (${query} returning 1) select count(*)::int as n from inserted`))[0]?.n ?? 0;

/**
 * Writes everything an announcement causes, set-based (three INSERT ... SELECT, no loop over
 * organisations), inside the announcing transaction: one notice per affected organisation, one
 * delivery per notice and recipient (the mail worker's outbox, unique per notice and address),
 * one webhook delivery per notice and active webhook. All or nothing.
 */
export async function fanOutChangeNotice(
  ctx: Ctx,
  input: { changeNotice: ChangeNoticeDetail; timeZone: string },
): Promise<FanOutCounts> {
  const { changeNotice: notice, timeZone } = input;
  const tx = ctx.db;
  const host = new URL(env().APP_URL).hostname;
  const notices = await count(
    tx,
    sql`insert into notices (change_notice_id, org_id)
        select ${notice.id}, org_id from (${affectedOrganisationsSql(notice.id)}) affected`,
  );
  // Organisations whose agreements promise a longer notice period get their own dates first.
  await applyOwnNoticePeriods(ctx, {
    changeNoticeId: notice.id,
    announcedAt: notice.announcedAt!,
    effectiveAt: notice.effectiveAt,
    objectionsCloseAt: notice.objectionsCloseAt ?? notice.effectiveAt,
    isEmergency: notice.isEmergency,
    timeZone,
  });
  const ofThisNotice = sql`select org_id from notices where change_notice_id = ${notice.id}`;
  const deliveries = await count(
    tx,
    sql`insert into deliveries (notice_id, recipient, locale, message_id)
        select n.id, r.email, r.locale, '<' || gen_random_uuid() || '@' || ${host} || '>'
        from notices n
        join (${recipientsSql(ofThisNotice)}) r on r.org_id = n.org_id
        where n.change_notice_id = ${notice.id}`,
  );
  const payload = JSON.stringify(changeNoticePayload(notice, timeZone));
  const webhookDeliveries = await count(
    tx,
    sql`insert into webhook_deliveries (webhook_id, notice_id, event, payload)
        select w.id, n.id, 'change_notice.announced',
               ${payload}::jsonb || jsonb_build_object('noticeId', n.id, 'orgId', n.org_id)
                 || case when n.effective_at is null then '{}'::jsonb else jsonb_build_object('effectiveAt', n.effective_at) end
                 || case when n.objections_close_at is null then '{}'::jsonb else jsonb_build_object('objectionsCloseAt', n.objections_close_at) end
        from notices n
        join webhooks w on w.org_id = n.org_id and w.active
        where n.change_notice_id = ${notice.id}`,
  );
  return { notices, deliveries, webhookDeliveries };
}
