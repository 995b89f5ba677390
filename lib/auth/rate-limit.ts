import 'server-only';
import { sql } from 'drizzle-orm';
import { rateLimits } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { sha256Hex } from './hash-token';

export const RATE_WINDOW_MINUTES = 15;
/** The longest window any limit may use; pruning keeps counters this long (lib/auth/prune-rate-limits.ts). */
export const MAX_RATE_WINDOW_MINUTES = 24 * 60;

/** The start of the fixed window `now` falls in. */
export function rateWindowStart(now: Date, windowMinutes: number): Date {
  const windowMs = windowMinutes * 60_000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** The stored form of a key: sha256 of `bucket:key` (the same in SQL, lib/api/api-route.ts). */
export function rateKeyHash(bucket: string, key: string): string {
  return sha256Hex(`${bucket}:${key}`);
}

/**
 * Counts one hit in a fixed window (15 minutes unless said otherwise) and says whether the caller is
 * still within the limit. The counter lives in the database, so the limit holds across instances;
 * keys are stored hashed.
 */
export async function hitRateLimit(
  ctx: Ctx<Actor | null>,
  bucket: string,
  key: string,
  limit: number,
  windowMinutes = RATE_WINDOW_MINUTES,
) {
  if (windowMinutes > MAX_RATE_WINDOW_MINUTES) throw new Error(`rate-limit window ${windowMinutes} min is longer than pruning keeps`);
  const windowStart = rateWindowStart(ctx.now, windowMinutes);
  const [row] = await ctx.db
    .insert(rateLimits)
    .values({ bucket, keyHash: rateKeyHash(bucket, key), windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.bucket, rateLimits.keyHash, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  return (row?.count ?? 1) <= limit;
}
