import 'server-only';
import { sql } from 'drizzle-orm';
import type { Ctx } from '@/lib/core/context';
import { queryRows } from '@/lib/core/rows';
import { periodEndsAt } from './compute-effective-date';

/**
 * Decision 0094: each organisation's notice keeps the notice period frozen in its own agreement
 * (decision 0087). An announcement is dated by today's setting; an organisation whose active
 * agreement promises more gets its own dates on its notice, counted from the same receipt
 * (decision 0080): objections until the end of receipt + N, and (except for an emergency
 * replacement, which takes effect at once) the change takes effect for it only at 00:00 of
 * receipt + N + 1. A shorter frozen period never shortens the change notice's own dates.
 * Set-based: one UPDATE per distinct frozen period (a handful), run before the deliveries and
 * webhooks are written, so those carry the organisation's own dates.
 */
export async function applyOwnNoticePeriods(
  ctx: Ctx,
  input: { changeNoticeId: string; announcedAt: Date; effectiveAt: Date; objectionsCloseAt: Date; isEmergency: boolean; timeZone: string },
): Promise<number> {
  const periods = await queryRows<{ days: number }>(
    ctx.db,
    sql`select distinct a.notice_period_days as days
        from notices n join agreements a on a.org_id = n.org_id and a.status = 'active'
        where n.change_notice_id = ${input.changeNoticeId} and a.notice_period_days is not null`,
  );
  let updated = 0;
  for (const { days } of periods) {
    const ownEnd = periodEndsAt(input.announcedAt, days, input.timeZone);
    if (ownEnd <= input.objectionsCloseAt && (input.isEmergency || ownEnd <= input.effectiveAt)) continue;
    const closesAt = ownEnd > input.objectionsCloseAt ? ownEnd : input.objectionsCloseAt;
    const effectiveAt = !input.isEmergency && ownEnd > input.effectiveAt ? ownEnd : null;
    const rows = await queryRows<{ id: string }>(
      ctx.db,
      sql`update notices n
          set objections_close_at = ${closesAt.toISOString()}::timestamptz, effective_at = ${effectiveAt?.toISOString() ?? null}::timestamptz
          from agreements a
          where a.org_id = n.org_id and a.status = 'active' and a.notice_period_days = ${days}
            and n.change_notice_id = ${input.changeNoticeId}
          returning n.id`,
    );
    updated += rows.length;
  }
  return updated;
}
