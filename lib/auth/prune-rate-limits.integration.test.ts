import { describe, expect, it } from 'vitest';
import { runPeriodicJob } from '@/lib/jobs/run-job';
import { runAs, runAsSystem } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { pruneRateLimits, pruneRateLimitsJob } from './prune-rate-limits';
import { hitRateLimit, MAX_RATE_WINDOW_MINUTES } from './rate-limit';

// Rate-limit counters of ended windows are deleted by the worker's periodic job (counters are kept
// for the longest window any limit uses, a day); the window in progress keeps counting.

const countersOf = (bucket: string) => sql<{ n: number }>`select count(*)::int as n from rate_limits where bucket = ${bucket}`;

describe('pruneRateLimits', () => {
  it('deletes the counters of ended windows and keeps the current one counting', async () => {
    const now = new Date();
    const hit = (at: Date) => runAs(null, (ctx) => hitRateLimit(ctx, 'prune-test', '198.51.100.1', 3), { now: at });
    await hit(new Date(now.getTime() - 3 * MAX_RATE_WINDOW_MINUTES * 60_000));
    await hit(new Date(now.getTime() - 2 * MAX_RATE_WINDOW_MINUTES * 60_000));
    await hit(now);
    await hit(now);
    expect((await countersOf('prune-test'))[0]!.n).toBe(3);

    const { pruned } = await runAsSystem(pruneRateLimits, { now });
    expect(pruned).toBe(2);
    expect((await countersOf('prune-test'))[0]!.n).toBe(1);
    // The open window still holds its two hits: the third is allowed, the fourth is not.
    expect(await hit(now)).toBe(true);
    expect(await hit(now)).toBe(false);
  });

  it('runs as a periodic job of the worker, on the database clock', async () => {
    await sql`insert into rate_limits (bucket, key_hash, window_start, count)
      values ('prune-job', 'old', now() - interval '2 days', 9), ('prune-job', 'new', now(), 1)`;
    expect(await runPeriodicJob(pruneRateLimitsJob)).toMatchObject({ pruned: expect.any(Number) });
    expect(await sql`select key_hash from rate_limits where bucket = 'prune-job'`).toEqual([{ key_hash: 'new' }]);
  });
});
