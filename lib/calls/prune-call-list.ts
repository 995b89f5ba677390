import 'server-only';
import { lt, sql } from 'drizzle-orm';
import { callListEntries, settings } from '@/db/schema';
import type { SystemActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { definePeriodicJob } from '@/lib/jobs/job';
import { retentionPeriods } from '@/lib/records/retention';

/** Deletes call-list entries older than the retention setting (settings.call_list_retention_days). */
export async function pruneCallList(ctx: Ctx<SystemActor>): Promise<{ pruned: number }> {
  const [row] = await ctx.db.select({ callListRetentionDays: settings.callListRetentionDays }).from(settings).limit(1);
  const days = retentionPeriods(row ?? null).callListDays;
  const cutoff = sql`${ctx.now.toISOString()}::timestamptz - make_interval(days => ${days})`;
  const pruned = await ctx.db.delete(callListEntries).where(lt(callListEntries.createdAt, cutoff)).returning({ id: callListEntries.id });
  return { pruned: pruned.length };
}

export const pruneCallListJob = definePeriodicJob({ name: 'prune-call-list', everyMs: 60 * 60_000, handler: pruneCallList });
