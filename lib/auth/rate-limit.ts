import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { sha256Hex } from './hash-token';

export const RATE_WINDOW_MINUTES = 15;

/**
 * Counts one hit in a fixed window (15 minutes unless said otherwise) and says whether the caller is
 * still within the limit. The counter lives in the database, so the limit holds across instances;
 * keys are stored hashed.
 */
export async function hitRateLimit(
  tx: Tx,
  bucket: string,
  key: string,
  limit: number,
  now = new Date(),
  windowMinutes = RATE_WINDOW_MINUTES,
) {
  const windowMs = windowMinutes * 60_000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await tx
    .insert(rateLimits)
    .values({ bucket, keyHash: sha256Hex(`${bucket}:${key}`), windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.bucket, rateLimits.keyHash, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  return (row?.count ?? 1) <= limit;
}
