import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { settings } from '@/db/schema';
import { DEFAULT_TIME_ZONE } from './compute-effective-date';

/** The two settings every deadline depends on; the defaults of DESIGN.md when no row exists yet. */
export async function getNoticeSettings(db: Database | Tx): Promise<{ timeZone: string; noticePeriodDays: number }> {
  const [row] = await db
    .select({ timeZone: settings.timeZone, noticePeriodDays: settings.noticePeriodDays })
    .from(settings)
    .where(eq(settings.id, 1))
    .limit(1);
  return { timeZone: row?.timeZone ?? DEFAULT_TIME_ZONE, noticePeriodDays: row?.noticePeriodDays ?? 30 };
}
