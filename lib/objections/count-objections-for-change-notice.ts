import 'server-only';
import { count, eq } from 'drizzle-orm';
import { objections, type Objection } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';

/** How many organisations objected to one change notice, by state: shown wherever staff see the notice. */
export async function countObjectionsForChangeNotice(ctx: Ctx<Actor | null>, input: { changeNoticeId: string }) {
  const rows = await ctx.db
    .select({ status: objections.status, n: count() })
    .from(objections)
    .where(eq(objections.changeNoticeId, input.changeNoticeId))
    .groupBy(objections.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<Objection['status'], number>>;
}
