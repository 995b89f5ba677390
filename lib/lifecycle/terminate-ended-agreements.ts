import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { agreements, memberships, organisations, users } from '@/db/schema';
import type { SystemActor } from '@/lib/core/actor';
import { inTransaction, type Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { rowsOf } from '@/lib/core/rows';
import { env } from '@/lib/env';
import { definePeriodicJob } from '@/lib/jobs/job';
import { queueMail } from '@/lib/mail/queue-mail';

const BATCH = 50;

type Due = { id: string; org_id: string; last_end: string | null };

/**
 * An agreement rests on a lasting processing relationship (DESIGN.md): when an organisation's last
 * contract for a service that processes personal data on its behalf has ended, its active agreement
 * ends on that contract's end date. A contract is in force through its `ends_on` day (in the
 * provider's time zone); one that starts later keeps the agreement. The agreement becomes
 * 'terminated' with `terminated_at` = the first moment after that day, the signatories are mailed,
 * and the support level falls to advice only (it is computed from the active agreement).
 *
 * Idempotent and safe for two workers at once: agreements are claimed FOR UPDATE SKIP LOCKED in a
 * transaction per batch, and the update is guarded by status = 'active', so each ends once.
 */
export async function terminateEndedAgreements(ctx: Ctx<SystemActor>): Promise<{ terminated: string[] }> {
  const terminated: string[] = [];
  for (;;) {
    const batch = await inTransaction(ctx, async (tx) => {
      const { timeZone } = await getCalendarSettings(tx);
      const today = sql`((${tx.now.toISOString()}::timestamptz) at time zone ${timeZone})::date`;
      const due = rowsOf<Due>(
        await tx.db.execute(sql`
          select a.id, a.org_id,
                 (select max(c.ends_on)::text from contracts c join services s on s.id = c.service_id
                   where c.org_id = a.org_id and s.processes_personal_data) as last_end
            from agreements a
           where a.status = 'active'
             and not exists (
                   select 1 from contracts c join services s on s.id = c.service_id
                    where c.org_id = a.org_id and s.processes_personal_data and c.status = 'active'
                      and (c.ends_on is null or c.ends_on >= ${today}))
           order by a.id
           limit ${BATCH}
             for update of a skip locked`),
      );
      const done: string[] = [];
      for (const agreement of due) {
        // The first moment after the last contract's end date, in the provider's time zone.
        const endedAt = agreement.last_end
          ? sql`((${agreement.last_end}::date + 1)::timestamp at time zone ${timeZone})`
          : sql`${tx.now.toISOString()}::timestamptz`;
        const [row] = await tx.db
          .update(agreements)
          .set({ status: 'terminated', terminatedAt: sql`least(${endedAt}, ${tx.now.toISOString()}::timestamptz)` })
          .where(and(eq(agreements.id, agreement.id), eq(agreements.status, 'active')))
          .returning({ id: agreements.id, terminatedAt: agreements.terminatedAt });
        if (!row) continue;
        const endedOn = agreement.last_end ?? new Date(tx.now).toISOString().slice(0, 10);
        await tx.audit({
          action: 'agreement.terminated',
          orgId: agreement.org_id,
          targetType: 'agreement',
          targetId: agreement.id,
          details: { reason: 'last_processing_contract_ended', lastContractEndsOn: agreement.last_end, terminatedAt: row.terminatedAt },
        });
        await mailSignatories(tx, agreement.org_id, endedOn);
        done.push(agreement.id);
      }
      return { claimed: due.length, done };
    });
    terminated.push(...batch.done);
    if (batch.claimed < BATCH) return { terminated };
  }
}

async function mailSignatories(ctx: Ctx<SystemActor>, orgId: string, endedOn: string) {
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
      template: 'agreement-terminated',
      params: { orgName: org?.legalName ?? '', endedOn, url },
    });
  }
}

export const terminateEndedAgreementsJob = definePeriodicJob({
  name: 'terminate-ended-agreements',
  everyMs: 10 * 60_000,
  handler: terminateEndedAgreements,
});
