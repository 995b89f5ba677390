import 'server-only';
import { sql } from 'drizzle-orm';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { queryRows } from '@/lib/core/rows';
import { env } from '@/lib/env';
import { wakeMailWorker } from '@/lib/mail/wake';
import { periodEndsAt } from './compute-effective-date';
import { changeNoticePayload } from './fan-out-change-notice';
import { getChangeNotice } from './get-change-notice';
import { recipientsSql } from './notice-audience-sql';

/**
 * Decision 0081: an organisation that signs (or books an affected service) while a change notice
 * is announced but not yet effective receives that notice now, with its own deadline: the later of
 * the change notice's and the end of the notice period counted from this receipt (decision 0080).
 * Runs in the caller's transaction; set-based like the announce's fan-out; notices the
 * organisation already has are left as they are. Returns the change notices newly delivered.
 */
export async function fanOutPendingNotices(ctx: Ctx, input: { orgId: string }): Promise<string[]> {
  const { db: tx, now } = ctx;
  const { timeZone, noticePeriodDays } = await getCalendarSettings(ctx);
  const ownDeadline = periodEndsAt(now, noticePeriodDays, timeZone);
  const inserted = await queryRows<{ notice_id: string; change_notice_id: string }>(
    tx,
    sql`insert into notices (change_notice_id, org_id, objections_close_at)
        select cn.id, ${input.orgId}::uuid, greatest(coalesce(cn.objections_close_at, cn.effective_at), ${ownDeadline.toISOString()}::timestamptz)
        from change_notices cn
        where cn.status = 'announced'
          and exists (select 1 from agreements a where a.org_id = ${input.orgId}::uuid and a.status = 'active')
          and exists (
            select 1 from contracts c
            join change_notice_services cns on cns.service_id = c.service_id
            where c.org_id = ${input.orgId}::uuid and c.status = 'active' and cns.change_notice_id = cn.id
          )
        on conflict (change_notice_id, org_id) do nothing
        returning id as notice_id, change_notice_id`,
  );
  if (inserted.length === 0) return [];
  const noticeIds = inserted.map((r) => r.notice_id);
  const idList = sql.join(noticeIds.map((id) => sql`${id}::uuid`), sql`, `);
  const host = new URL(env().APP_URL).hostname;
  await tx.execute(
    sql`insert into deliveries (notice_id, recipient, locale, message_id)
        select n.id, r.email, r.locale, '<' || gen_random_uuid() || '@' || ${host} || '>'
        from notices n
        join (${recipientsSql(sql`select ${input.orgId}::uuid`)}) r on r.org_id = n.org_id
        where n.id in (${idList})`,
  );
  for (const row of inserted) {
    const changeNotice = (await getChangeNotice(ctx, { changeNoticeId: row.change_notice_id }))!;
    const payload = JSON.stringify(changeNoticePayload(changeNotice, timeZone));
    await tx.execute(
      sql`insert into webhook_deliveries (webhook_id, notice_id, event, payload)
          select w.id, n.id, 'change_notice.announced',
                 ${payload}::jsonb || jsonb_build_object('noticeId', n.id, 'orgId', n.org_id, 'objectionsCloseAt', n.objections_close_at)
          from notices n
          join webhooks w on w.org_id = n.org_id and w.active
          where n.id = ${row.notice_id}::uuid`,
    );
    await ctx.audit({
      action: 'change_notice.delivered_late',
      orgId: input.orgId,
      targetType: 'change_notice',
      targetId: row.change_notice_id,
      details: { noticeId: row.notice_id, ownDeadline: ownDeadline.toISOString() },
    });
  }
  ctx.afterCommit(wakeMailWorker);
  return inserted.map((r) => r.change_notice_id);
}
