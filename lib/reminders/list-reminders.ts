import 'server-only';
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { dpaReminders, organisations } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';

export const REMINDERS_PAGE_SIZE = 50;

/**
 * The page's query: an optional customer number, and the keyset cursor `before` = the last row
 * shown as `<sent_at ISO>~<id>` (newest first by sent_at, then id; the index dpa_reminders_sent_idx).
 */
export const remindersQuerySchema = z.object({
  org: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined), z.string().max(50, { error: 'validation.tooLong' }).optional()),
  before: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z~[0-9a-f-]{36}$/, { error: 'validation.invalid' })
      .optional(),
  ),
});
export type RemindersQuery = z.output<typeof remindersQuerySchema>;

/**
 * Who was reminded to sign, when, why and how many signatories the mail reached (staff: support,
 * privacy, admins). Filtered by customer number, keyset-paged newest first, so any page costs what
 * the first does, however many reminders accumulate over the years.
 */
export async function listReminders(ctx: Ctx, query: RemindersQuery) {
  assertCan(ctx, 'reminders.view');
  const conditions: SQL[] = [];
  if (query.org) conditions.push(eq(organisations.customerNumber, query.org));
  if (query.before) {
    const [at, id] = query.before.split('~') as [string, string];
    const sentAt = new Date(at);
    conditions.push(or(lt(dpaReminders.sentAt, sentAt), and(eq(dpaReminders.sentAt, sentAt), lt(dpaReminders.id, id)))!);
  }
  const [rows, { timeZone }] = await Promise.all([
    ctx.db
      .select({
        id: dpaReminders.id,
        orgId: dpaReminders.orgId,
        legalName: organisations.legalName,
        customerNumber: organisations.customerNumber,
        reason: dpaReminders.reason,
        afterDays: dpaReminders.afterDays,
        eligibleSince: dpaReminders.eligibleSince,
        recipients: dpaReminders.recipients,
        sentAt: dpaReminders.sentAt,
      })
      .from(dpaReminders)
      .innerJoin(organisations, eq(organisations.id, dpaReminders.orgId))
      .where(and(...conditions))
      .orderBy(desc(dpaReminders.sentAt), desc(dpaReminders.id))
      .limit(REMINDERS_PAGE_SIZE + 1),
    getCalendarSettings(ctx),
  ]);
  const reminders = rows.slice(0, REMINDERS_PAGE_SIZE);
  const last = reminders.at(-1);
  return {
    reminders,
    next: rows.length > REMINDERS_PAGE_SIZE && last ? `${last.sentAt.toISOString()}~${last.id}` : null,
    timeZone,
  };
}
