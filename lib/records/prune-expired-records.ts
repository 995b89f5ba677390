import 'server-only';
import { and, inArray, lt, or, sql } from 'drizzle-orm';
import { deliveries, mails, sessions, settings, verificationTokens } from '@/db/schema';
import type { SystemActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { definePeriodicJob } from '@/lib/jobs/job';
import { retentionPeriods } from './retention';

/**
 * Deletes what the privacy notice says is kept only for a while (decision 0079), by the figures of
 * retentionPeriods():
 * - sessions past their sliding expiry or their absolute limit (Auth.js deletes an expired session
 *   only when its cookie comes back; a browser that never returns would leave it for good);
 * - sign-in links that expired unused;
 * - sent or finally failed mail and change-notice deliveries from before the start of the calendar
 *   year `deliveryRecordYears` back (entries of 2023 stay until the end of 2026), in the provider's
 *   time zone. Queued mail is never touched.
 * The call list has its own job (lib/calls/prune-call-list.ts), rate-limit counters theirs; the audit
 * log and signed agreements are evidence and are not pruned here.
 */
export async function pruneExpiredRecords(ctx: Ctx<SystemActor>) {
  const [row] = await ctx.db.select({ callListRetentionDays: settings.callListRetentionDays, timeZone: settings.timeZone }).from(settings).limit(1);
  const retention = retentionPeriods(row ?? null);
  const now = sql`${ctx.now.toISOString()}::timestamptz`;
  const timeZone = row?.timeZone ?? 'Europe/Berlin';
  // The first moment of the calendar year `deliveryRecordYears` ago, local to the provider.
  const recordsFrom = sql`(date_trunc('year', ${now} at time zone ${timeZone}) - make_interval(years => ${retention.deliveryRecordYears})) at time zone ${timeZone}`;

  const endedSessions = await ctx.db
    .delete(sessions)
    .where(or(lt(sessions.expires, now), lt(sessions.createdAt, sql`${now} - make_interval(hours => ${retention.sessionAbsoluteHours})`)))
    .returning({ userId: sessions.userId });
  const links = await ctx.db.delete(verificationTokens).where(lt(verificationTokens.expires, now)).returning({ token: verificationTokens.token });
  const oldMails = await ctx.db
    .delete(mails)
    .where(and(inArray(mails.state, ['sent', 'failed', 'bounced']), lt(mails.createdAt, recordsFrom)))
    .returning({ id: mails.id });
  const oldDeliveries = await ctx.db
    .delete(deliveries)
    .where(and(inArray(deliveries.state, ['sent', 'failed', 'bounced']), lt(deliveries.createdAt, recordsFrom)))
    .returning({ id: deliveries.id });
  return { sessions: endedSessions.length, signInLinks: links.length, mails: oldMails.length, deliveries: oldDeliveries.length };
}

export const pruneExpiredRecordsJob = definePeriodicJob({ name: 'prune-expired-records', everyMs: 60 * 60_000, handler: pruneExpiredRecords });
