import 'server-only';
import { and, eq, isNotNull, max } from 'drizzle-orm';
import { type Database, type Tx } from '@/db/client';
import { agreements } from '@/db/schema';

/**
 * The notice period a change notice must respect: today's setting, but never less than any active
 * agreement was signed with. Each customer's contract promises the period frozen into it, so a
 * shorter setting applies only to agreements signed under it (docs/decisions/0087). Read at
 * announce time and by the form, not per page.
 */
export async function noticePeriodForAnnouncement(ctx: { db: Database | Tx }, settingDays: number): Promise<number> {
  const [row] = await ctx.db
    .select({ longest: max(agreements.noticePeriodDays) })
    .from(agreements)
    .where(and(eq(agreements.status, 'active'), isNotNull(agreements.noticePeriodDays)));
  return Math.max(settingDays, row?.longest ?? 0);
}
