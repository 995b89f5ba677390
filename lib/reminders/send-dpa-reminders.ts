import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { dpaReminders, dpaTemplateVersions, memberships, organisations, users, type DpaReminderReason } from '@/db/schema';
import type { SystemActor } from '@/lib/core/actor';
import { inTransaction, type Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { rowsOf } from '@/lib/core/rows';
import { env } from '@/lib/env';
import { definePeriodicJob } from '@/lib/jobs/job';
import { queueMail } from '@/lib/mail/queue-mail';
import { reminderCandidates } from './reminder-candidates';

const BATCH = 50;

type Reminded = { orgId: string; afterDays: number; reason: DpaReminderReason };
type Due = { org_id: string; since: string; reason: DpaReminderReason; step: number };

/**
 * Reminds the signatories of eligible organisations without an active agreement, or with one on an
 * older version, to sign, on the days of the provider's schedule (settings.dpa_reminder_days, e.g.
 * 7, 21 and 42 days after the organisation became eligible, or after the version it has not signed
 * yet was published; ./reminder-candidates.ts). Only the latest step that is due is sent, never a
 * backlog of several at once; signing the current version ends the reminders. Each step is a dpa_reminders row,
 * unique per organisation, eligibility and step, written with the mails in one transaction: safe
 * to run twice and on two workers at once.
 */
export async function sendDpaReminders(ctx: Ctx<SystemActor>): Promise<{ reminded: Reminded[] }> {
  const reminded: Reminded[] = [];
  for (;;) {
    const batch = await inTransaction(ctx, async (tx) => {
      const { timeZone } = await getCalendarSettings(tx);
      const today = sql`((${tx.now.toISOString()}::timestamptz) at time zone ${timeZone})::date`;
      const due = rowsOf<Due>(
        await tx.db.execute(sql`
          with ${reminderCandidates(today, timeZone)}, due as (
            select c.org_id, c.since, c.reason, (select max(d) from schedule where c.since + d <= ${today}) as step
              from candidates c
          )
          select org_id, since::text as since, reason, step from due
           where step is not null
             and not exists (select 1 from dpa_reminders r
                              where r.org_id = due.org_id and r.eligible_since = due.since and r.after_days >= due.step)
           order by org_id
           limit ${BATCH}`),
      );
      const done: Reminded[] = [];
      for (const row of due) {
        const [claimed] = await tx.db
          .insert(dpaReminders)
          .values({ orgId: row.org_id, afterDays: Number(row.step), eligibleSince: row.since, reason: row.reason, recipients: 0, sentAt: tx.now })
          .onConflictDoNothing()
          .returning({ id: dpaReminders.id });
        if (!claimed) continue;
        const recipients = await mailSignatories(tx, row.org_id, Number(row.step), row.reason);
        await tx.db.update(dpaReminders).set({ recipients }).where(eq(dpaReminders.id, claimed.id));
        await tx.audit({
          action: 'dpa.reminder_sent',
          orgId: row.org_id,
          targetType: 'organisation',
          targetId: row.org_id,
          details: { afterDays: Number(row.step), eligibleSince: row.since, reason: row.reason, recipients },
        });
        done.push({ orgId: row.org_id, afterDays: Number(row.step), reason: row.reason });
      }
      return { claimed: due.length, done };
    });
    reminded.push(...batch.done);
    if (batch.claimed < BATCH) return { reminded };
  }
}

async function mailSignatories(ctx: Ctx<SystemActor>, orgId: string, afterDays: number, reason: DpaReminderReason): Promise<number> {
  const [org] = await ctx.db.select({ legalName: organisations.legalName }).from(organisations).where(eq(organisations.id, orgId));
  const [current] = await ctx.db
    .select({ version: dpaTemplateVersions.version })
    .from(dpaTemplateVersions)
    .where(eq(dpaTemplateVersions.status, 'published'))
    .orderBy(desc(dpaTemplateVersions.version))
    .limit(1);
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
      params: { orgName: org?.legalName ?? '', afterDays, url, reason, version: current?.version ?? 0 },
    });
  }
  return signatories.length;
}

export const sendDpaRemindersJob = definePeriodicJob({
  name: 'send-dpa-reminders',
  everyMs: 60 * 60_000,
  handler: sendDpaReminders,
});
