import 'server-only';
import { sql } from 'drizzle-orm';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { queryRows } from '@/lib/core/rows';
import { affectedOrganisationsSql, recipientsSql } from './notice-audience-sql';

type ReadCtx = Ctx<Actor | null>;

export type NoticeAudience = { organisations: number; recipients: number; webhooks: number };

/**
 * How many organisations, recipient addresses and webhooks announcing this notice now would reach.
 * The same SQL as the fan-out, counted instead of inserted.
 */
export async function previewChangeNotice(ctx: ReadCtx, input: { changeNoticeId: string }): Promise<NoticeAudience> {
  const affected = affectedOrganisationsSql(input.changeNoticeId);
  const [row] = await queryRows<{ organisations: number; recipients: number; webhooks: number }>(
    ctx.db,
    sql`
      select
        (select count(*) from (${affected}) a)::int as organisations,
        (select count(*) from (${recipientsSql(sql`select org_id from (${affected}) a`)}) r)::int as recipients,
        (select count(*) from webhooks w where w.active and w.org_id in (select org_id from (${affected}) a))::int as webhooks`,
  );
  return { organisations: row?.organisations ?? 0, recipients: row?.recipients ?? 0, webhooks: row?.webhooks ?? 0 };
}

/** One affected organisation's name, so the mail preview reads like a real one. */
export async function sampleAffectedOrganisation(ctx: ReadCtx, input: { changeNoticeId: string }): Promise<string | null> {
  const [row] = await queryRows<{ legal_name: string }>(
    ctx.db,
    sql`select o.legal_name from organisations o
        where o.id in (select org_id from (${affectedOrganisationsSql(input.changeNoticeId)}) a)
        order by o.customer_number limit 1`,
  );
  return row?.legal_name ?? null;
}

/** How many organisations and deliveries an announced notice reached (the rows the fan-out wrote). */
export async function noticeReach(ctx: ReadCtx, input: { changeNoticeId: string }) {
  const { changeNoticeId } = input;
  const [row] = await queryRows<{ notices: number; deliveries: number }>(
    ctx.db,
    sql`select (select count(*) from notices where change_notice_id = ${changeNoticeId})::int as notices,
               (select count(*) from deliveries d join notices n on n.id = d.notice_id
                where n.change_notice_id = ${changeNoticeId})::int as deliveries`,
  );
  return { notices: row?.notices ?? 0, deliveries: row?.deliveries ?? 0 };
}
