import 'server-only';
import { count, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { objections, type Objection } from '@/db/schema';

/** How many organisations objected to one change notice, by state: shown wherever staff see the notice. */
export async function countObjectionsForChangeNotice(db: Database, changeNoticeId: string) {
  const rows = await db
    .select({ status: objections.status, n: count() })
    .from(objections)
    .where(eq(objections.changeNoticeId, changeNoticeId))
    .groupBy(objections.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<Objection['status'], number>>;
}
