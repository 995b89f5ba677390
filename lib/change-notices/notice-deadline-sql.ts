import { sql } from 'drizzle-orm';
import { changeNotices, notices } from '@/db/schema';

/**
 * When the change takes effect for one organisation: its own date when its agreement promises a
 * longer notice period than the announcement used (decision 0094), else the change notice's.
 */
export const noticeEffectiveAt = sql<Date>`coalesce(${notices.effectiveAt}, ${changeNotices.effectiveAt})`.mapWith(changeNotices.effectiveAt);

/**
 * When objections close for one organisation's notice (decision 0081): its own deadline when it
 * received the notice late (signed or booked while the change was pending), else the change
 * notice's. Every query that reads a deadline for an organisation selects this.
 */
export const noticeObjectionsCloseAt = sql<Date | null>`coalesce(${notices.objectionsCloseAt}, ${changeNotices.objectionsCloseAt})`.mapWith(
  changeNotices.objectionsCloseAt,
);
