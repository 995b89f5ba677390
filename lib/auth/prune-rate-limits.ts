import 'server-only';
import { lt, sql } from 'drizzle-orm';
import { rateLimits } from '@/db/schema';
import type { SystemActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { definePeriodicJob } from '@/lib/jobs/job';
import { MAX_RATE_WINDOW_MINUTES, RATE_WINDOW_MINUTES } from './rate-limit';

/**
 * Deletes the counters of rate-limit windows that have ended (older than the longest window any
 * limit uses, a day): a closed window never counts again,
 * and without this every address and IP that ever asked for a link stays in the table for good.
 * Returns how many rows went.
 */
export async function pruneRateLimits(ctx: Ctx<SystemActor>): Promise<{ pruned: number }> {
  const windowEnded = sql`${ctx.now.toISOString()}::timestamptz - make_interval(mins => ${MAX_RATE_WINDOW_MINUTES})`;
  const pruned = await ctx.db.delete(rateLimits).where(lt(rateLimits.windowStart, windowEnded)).returning({ bucket: rateLimits.bucket });
  return { pruned: pruned.length };
}

export const pruneRateLimitsJob = definePeriodicJob({
  name: 'prune-rate-limits',
  everyMs: RATE_WINDOW_MINUTES * 60_000,
  handler: pruneRateLimits,
});
