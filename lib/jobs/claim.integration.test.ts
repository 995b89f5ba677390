import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { getDb, getHandle } from '@/db/client';
import { mails } from '@/db/schema';
import { sql } from '@/lib/testing/db';
import { claimDue, MAX_ATTEMPTS, settle, type Outcome } from './claim';
import { defineOutboxJob } from './job';
import { drainOutbox, runOutboxBatch } from './run-job';

// The one claim helper on a real outbox table (mails), with handlers that succeed or fail on
// command: what is due, claim expiry, backoff, giving up, and that the host clock decides nothing.

async function queueRows(count: number, dueIn = '-1 second') {
  await sql`insert into mails ("to", template, locale, params, message_id, next_attempt_at)
    select 'r' || i || '@claim.example', 'sign-in-link', 'de', '{"url": "https://x.example", "minutes": 15}'::jsonb,
           '<claim-' || i || '-' || gen_random_uuid() || '@test>', now() + ${dueIn}::interval
    from generate_series(1, ${count}) i`;
}

const rows = () =>
  sql<{ to: string; state: string; attempts: number; last_error: string | null; wait_s: number; locked: boolean }>`
    select "to", state, attempts, last_error, round(extract(epoch from next_attempt_at - now()))::int as wait_s,
           locked_until is not null as locked
    from mails order by "to"`;

let outcome: Outcome = { ok: true };
const handled: string[] = [];
const testJob = defineOutboxJob({
  name: 'test-outbox',
  outbox: mails,
  batch: 5,
  payload: z.object({ to: z.string(), template: z.literal('sign-in-link') }),
  async handler(_ctx, batch) {
    handled.push(...batch.map((row) => row.to));
    return batch.map(() => outcome);
  },
});

beforeEach(async () => {
  outcome = { ok: true };
  handled.length = 0;
  await sql`delete from mails`;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('claimDue', () => {
  it('claims due rows once, counts the attempt, and leaves rows not yet due', async () => {
    await queueRows(3);
    await queueRows(2, '10 minutes');
    const first = await claimDue(getDb(), mails, 10);
    expect(first).toHaveLength(3);
    expect(first.every((row) => row.state === 'sending' && row.attempts === 1)).toBe(true);
    expect(await claimDue(getDb(), mails, 10)).toEqual([]);
  });

  it('decides by the database clock, whatever the host clock says', async () => {
    await queueRows(2, '10 minutes');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.now() + 86_400_000));
    // On PostgreSQL the server's clock is not moved by this process: the rows are not due, and a
    // claim by the host clock would take them a day early. Embedded PGlite runs on this process's
    // clock, so there they are due; either way the claim follows what the database says.
    const [db] = await sql<{ due: number }>`select count(*)::int as due from mails where next_attempt_at <= now()`;
    expect(await runOutboxBatch(testJob)).toBe(db!.due);
    expect(handled).toHaveLength(db!.due);
    if (getHandle().driver === 'postgres') expect(db!.due).toBe(0);
  });

  it('takes over a claim once it has expired, and not before', async () => {
    await queueRows(2);
    const abandoned = await claimDue(getDb(), mails, 10);
    expect(await runOutboxBatch(testJob)).toBe(0);
    await sql`update mails set locked_until = now() - interval '1 second'`;
    await drainOutbox(testJob);
    expect(handled.sort()).toEqual(abandoned.map((row) => row.to).sort());
    expect((await rows()).map((r) => [r.state, r.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
    ]);
  });

  it('several workers at once never claim the same row', async () => {
    await queueRows(40);
    await Promise.all([drainOutbox(testJob), drainOutbox(testJob), drainOutbox(testJob)]);
    expect(handled).toHaveLength(40);
    expect(new Set(handled).size).toBe(40);
  });
});

describe('settling', () => {
  it('backs off 30 s, 1 min, 2 min ... after temporary failures and gives up after the last attempt', async () => {
    await queueRows(1);
    outcome = { ok: false, permanent: false, error: '451 try later' };
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await runOutboxBatch(testJob)).toBe(1);
      const [row] = await rows();
      waits.push(row!.wait_s);
      expect(row).toMatchObject({ attempts: attempt, last_error: '451 try later', locked: false });
      expect(row!.state).toBe(attempt < MAX_ATTEMPTS ? 'queued' : 'failed');
      await sql`update mails set next_attempt_at = now() - interval '1 second'`;
    }
    expect(waits.slice(0, 4)).toEqual([30, 60, 120, 240]);
    expect(await runOutboxBatch(testJob)).toBe(0);
  });

  it('fails a row at once on a permanent failure, or when its payload does not parse', async () => {
    await queueRows(2);
    await sql`update mails set template = 'confirm-contact' where "to" = 'r2@claim.example'`;
    outcome = { ok: false, permanent: true, error: '550 no such user' };
    await drainOutbox(testJob);
    expect(handled).toEqual(['r1@claim.example']);
    const [permanent, unparsable] = await rows();
    expect(permanent).toMatchObject({ state: 'failed', attempts: 1, last_error: '550 no such user' });
    expect(unparsable).toMatchObject({ state: 'failed', attempts: 1 });
    expect(unparsable!.last_error).toContain('invalid test-outbox row: template');
  });

  it('does not overwrite a row that another worker has taken over and settled', async () => {
    await queueRows(1);
    const [late] = await claimDue(getDb(), mails, 1);
    await sql`update mails set locked_until = now() - interval '1 second'`;
    await drainOutbox(testJob);
    await settle(getDb(), mails, [{ id: late!.id, outcome: { ok: false, permanent: true, error: 'too late' } }]);
    expect(await rows()).toEqual([expect.objectContaining({ state: 'sent', attempts: 2, last_error: null })]);
  });
});
