import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { dpaReminders, memberships, organisations, users } from '@/db/schema';
import type { SystemActor } from '@/lib/core/actor';
import { inTransaction, type Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { rowsOf } from '@/lib/core/rows';
import { env } from '@/lib/env';
import { definePeriodicJob } from '@/lib/jobs/job';
import { queueMail } from '@/lib/mail/queue-mail';

const BATCH = 50;

type Due = { org_id: string; since: string; step: number };

/**
 * Reminds the signatories of eligible organisations without an active agreement to sign, on the
 * days of the provider's schedule (settings.dpa_reminder_days, e.g. 7, 21 and 42 days after the
 * organisation became eligible: the start of its earliest processing contract in force). Only the
 * latest step that is due is sent, never a backlog of several at once; signing ends the reminders
 * (an organisation with an active agreement is not selected). Each step is a dpa_reminders row,
 * unique per organisation, eligibility and step, written with the mails in one transaction: safe
 * to run twice and on two workers at once.
 */
export async function sendDpaReminders(ctx: Ctx<SystemActor>): Promise<{ reminded: { orgId: string; afterDays: number }[] }> {
  const reminded: { orgId: string; afterDays: number }[] = [];
  for (;;) {
    const batch = await inTransaction(ctx, async (tx) => {
      const { timeZone } = await getCalendarSettings(tx);
      const today = sql`((${tx.now.toISOString()}::timestamptz) at time zone ${timeZone})::date`;
      const due = rowsOf<Due>(
        await tx.db.execute(sql`
          with eligible as (
            select c.org_id, min(c.starts_on) as since
              from contracts c join services s on s.id = c.service_id
             where s.processes_personal_data and c.status = 'active'
               and c.starts_on <= ${today} and (c.ends_on is null or c.ends_on >= ${today})
             group by c.org_id
          ), due as (
            select e.org_id, e.since,
                   (select max(d) from unnest(coalesce((select dpa_reminder_days from settings where id = 1), '{7,21,42}'::integer[])) d
                     where e.since + d <= ${today}) as step
              from eligible e
             where not exists (select 1 from agreements a where a.org_id = e.org_id and a.status = 'active')
          )
          select org_id, since::text as since, step from due
           where step is not null
             and not exists (select 1 from dpa_reminders r
                              where r.org_id = due.org_id and r.eligible_since = due.since and r.after_days >= due.step)
           order by org_id
           limit ${BATCH}`),
      );
      const done: { orgId: string; afterDays: number }[] = [];
      for (const row of due) {
        const [claimed] = await tx.db
          .insert(dpaReminders)
          .values({ orgId: row.org_id, afterDays: Number(row.step), eligibleSince: row.since, recipients: 0, sentAt: tx.now })
          .onConflictDoNothing()
          .returning({ id: dpaReminders.id });
        if (!claimed) continue;
        const recipients = await mailSignatories(tx, row.org_id, Number(row.step));
        await tx.db.update(dpaReminders).set({ recipients }).where(eq(dpaReminders.id, claimed.id));
        await tx.audit({
          action: 'dpa.reminder_sent',
          orgId: row.org_id,
          targetType: 'organisation',
          targetId: row.org_id,
          details: { afterDays: Number(row.step), eligibleSince: row.since, recipients },
        });
        done.push({ orgId: row.org_id, afterDays: Number(row.step) });
      }
      return { claimed: due.length, done };
    });
    reminded.push(...batch.done);
    if (batch.claimed < BATCH) return { reminded };
  }
}

async function mailSignatories(ctx: Ctx<SystemActor>, orgId: string, afterDays: number): Promise<number> {
  const [org] = await ctx.db.select({ legalName: organisations.legalName }).from(organisations).where(eq(organisations.id, orgId));
  const signatories = await ctx.db
    .select({ email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'signatory'), isNull(users.disabledAt)));
  const url = new URL(`/orgs/${orgId}/dpa`, env().APP_URL).toString();
  for (const signatory of signatories) {
    await queueMail(ctx, {
      to: signatory.email,
      locale: signatory.locale,
      template: 'dpa-reminder',
      params: { orgName: org?.legalName ?? '', afterDays, url },
    });
  }
  return signatories.length;
}

export const sendDpaRemindersJob = definePeriodicJob({
  name: 'send-dpa-reminders',
  everyMs: 60 * 60_000,
  handler: sendDpaReminders,
});
