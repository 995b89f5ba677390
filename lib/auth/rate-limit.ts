import 'server-only';
import { sql } from 'drizzle-orm';
import { rateLimits } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { sha256Hex } from './hash-token';

export const RATE_WINDOW_MINUTES = 15;

/**
 * Counts one hit in a fixed 15-minute window and says whether the caller is still within the limit.
 * The counter lives in the database, so the limit holds across instances; keys are stored hashed.
 */
export async function hitRateLimit(ctx: Ctx<Actor | null>, bucket: string, key: string, limit: number) {
  const { db, now } = ctx;
  const windowMs = RATE_WINDOW_MINUTES * 60_000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ bucket, keyHash: sha256Hex(`${bucket}:${key}`), windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.bucket, rateLimits.keyHash, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  return (row?.count ?? 1) <= limit;
}
