import { sql as q } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Tx } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { run, sql, tamper } from '@/lib/testing/db';
import { hashAuditEvent } from './hash-audit-event';
import { verifyAuditChain, type AuditChainResult } from './verify-audit-chain';
import { writeAuditEvent, type AuditActor } from './write-audit-event';

const admin: AuditActor = { userId: null, role: 'admin', ip: '198.51.100.7', userAgent: 'vitest' };

async function record(action: string, details: Record<string, unknown> = {}) {
  return getDb().transaction((tx) => writeAuditEvent(tx, admin, { action, targetType: 'test', targetId: action, details }));
}

async function eventCount() {
  const [row] = await sql<{ n: number }>`select count(*)::int as n from audit_events`;
  return row!.n;
}

async function lastSeq() {
  const [row] = await sql<{ seq: number | null }>`select max(seq)::int as seq from audit_events`;
  return row!.seq ?? 0;
}

/** The database's own error text, wherever the driver or drizzle wrapped it. */
function messages(error: unknown): string {
  const parts: string[] = [];
  for (let e = error; e instanceof Error; e = (e as Error & { cause?: unknown }).cause) parts.push(e.message);
  return parts.join(' | ');
}

async function expectRefused(statement: ReturnType<typeof q>) {
  const error = await run(statement).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the statement should have been refused').not.toBeNull();
  expect(messages(error)).toMatch(/audit_events is append-only/);
}

const ROLLBACK = new Error('rollback: the tampering is undone after each check');

/**
 * Plays an attacker with superuser access: switches the append-only triggers off, changes the
 * table, and runs the verifier on the changed data, all in one transaction that is then rolled
 * back, so each test starts from the intact chain.
 */
async function verifyAfterTampering(change: (tx: Tx) => Promise<void>): Promise<AuditChainResult> {
  let result: AuditChainResult | undefined;
  await expect(
    tamper('audit_events', async (tx) => {
      await change(tx);
      // A small batch size makes the walk cross page boundaries around the tampered events.
      result = await verifyAuditChain(tx, { batchSize: 3 });
      throw ROLLBACK;
    }),
  ).rejects.toBe(ROLLBACK);
  return result!;
}

describe('audit chain', () => {
  beforeAll(async () => {
    for (let i = 1; i <= 12; i++) await record(`test.event_${i}`, { i, note: 'Prüfung – ß' });
  });

  describe('writeAuditEvent', () => {
    it('builds a chain that verifies, whatever the batch size', async () => {
      const count = await eventCount();
      const [last] = await sql<{ hash: string }>`select hash from audit_events order by seq desc limit 1`;
      for (const batchSize of [1, 3, 5_000]) {
        expect(await verifyAuditChain(getDb(), { batchSize })).toEqual({ ok: true, count, lastHash: last!.hash });
      }
    });

    it('links each event to the one before it and numbers them 1, 2, 3, ...', async () => {
      const rows = await getDb().select().from(auditEvents).orderBy(auditEvents.seq);
      rows.forEach((row, i) => {
        expect(row.seq).toBe(i + 1);
        if (i > 0) expect(row.prevHash).toBe(rows[i - 1]!.hash);
        const { hash, ...fields } = row;
        expect(hashAuditEvent(fields)).toBe(hash);
      });
    });

    it('stores the actor, target and details it was given', async () => {
      const before = await lastSeq();
      await getDb().transaction((tx) =>
        writeAuditEvent(tx, { userId: null, role: 'support', ip: '192.0.2.1', userAgent: 'x'.repeat(800) }, {
          action: 'support.lookup',
          targetType: 'organisation',
          targetId: 'K-10001',
          details: { query: '+49 7022 1234', dropped: undefined, at: new Date('2026-01-01T00:00:00Z') },
        }),
      );
      const [row] = await sql<Record<string, unknown>>`
        select actor_role, action, target_type, target_id, ip, length(user_agent)::int as ua, details
        from audit_events where seq > ${before}`;
      expect(row).toEqual({
        actor_role: 'support',
        action: 'support.lookup',
        target_type: 'organisation',
        target_id: 'K-10001',
        ip: '192.0.2.1',
        ua: 500,
        details: { query: '+49 7022 1234', at: '2026-01-01T00:00:00.000Z' },
      });
      expect((await verifyAuditChain(getDb())).ok).toBe(true);
    });

    it('writes nothing when the transaction it belongs to rolls back', async () => {
      const before = await eventCount();
      const failure = new Error('the change failed');
      await expect(
        getDb().transaction(async (tx) => {
          await writeAuditEvent(tx, admin, { action: 'test.rolled_back' });
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await eventCount()).toBe(before);
    });

    it('keeps one unbroken chain when 20 transactions append at once', async () => {
      const before = await lastSeq();
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          getDb().transaction(async (tx) => {
            // Some work in the transaction before the append widens the window for a race.
            await tx.execute(q`select pg_sleep(${(i % 4) * 0.005})`);
            return writeAuditEvent(tx, admin, { action: 'test.concurrent', details: { i } });
          }),
        ),
      );
      const written = await sql<{ seq: number; i: number }>`
        select seq::int as seq, (details->>'i')::int as i from audit_events where seq > ${before} order by seq`;
      expect(written.map((w) => w.seq)).toEqual(Array.from({ length: 20 }, (_, i) => before + 1 + i));
      expect(written.map((w) => w.i).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
      const [forks] = await sql<{ events: number; parents: number }>`
        select count(*)::int as events, count(distinct prev_hash)::int as parents from audit_events`;
      expect(forks!.parents).toBe(forks!.events);
      const result = await verifyAuditChain(getDb(), { batchSize: 7 });
      expect(result).toMatchObject({ ok: true, count: await eventCount() });
    });
  });

  describe('the append at commit (decision 0142)', () => {
    it("keeps a transaction's events in the order it wrote them, one after another", async () => {
      const before = await lastSeq();
      await getDb().transaction(async (tx) => {
        for (const step of ['first', 'second', 'third']) await writeAuditEvent(tx, admin, { action: `test.order_${step}` });
        // Not in the chain yet: it is extended when the transaction commits.
        expect(await run(q`select count(*)::int as n from audit_events where seq > ${before}`, tx)).toEqual([{ n: 0 }]);
      });
      const rows = await sql<{ seq: number; action: string }>`select seq::int as seq, action from audit_events where seq > ${before} order by seq`;
      expect(rows).toEqual([
        { seq: before + 1, action: 'test.order_first' },
        { seq: before + 2, action: 'test.order_second' },
        { seq: before + 3, action: 'test.order_third' },
      ]);
    });

    it('appends an event written outside a transaction on its own, and leaves nothing queued', async () => {
      const before = await lastSeq();
      await writeAuditEvent(getDb(), admin, { action: 'test.alone', details: { note: 'ohne Transaktion' } });
      expect(await sql`select action from audit_events where seq > ${before}`).toEqual([{ action: 'test.alone' }]);
      expect(await sql`select count(*)::int as n from audit_queue`).toEqual([{ n: 0 }]);
      expect((await verifyAuditChain(getDb())).ok).toBe(true);
    });
  });

  describe('the database refuses to rewrite it', () => {
    it('refuses UPDATE', async () => {
      await expectRefused(q`update audit_events set action = 'rewritten' where seq = 2`);
      await expectRefused(q`update audit_events set details = '{}'`);
    });

    it('refuses DELETE', async () => {
      await expectRefused(q`delete from audit_events where seq = 2`);
      await expectRefused(q`delete from audit_events`);
    });

    it('refuses TRUNCATE', async () => {
      await expectRefused(q`truncate audit_events`);
    });

    it('still holds every event afterwards, intact', async () => {
      const result = await verifyAuditChain(getDb());
      expect(result).toMatchObject({ ok: true, count: await eventCount() });
      expect(await sql`select 1 from audit_events where action = 'rewritten'`).toEqual([]);
    });
  });

  describe('verifyAuditChain detects tampering and names the first broken link', () => {
    let k: number;
    beforeAll(async () => {
      k = (await lastSeq()) - 5;
    });

    it('an edited event', async () => {
      const result = await verifyAfterTampering(async (tx) => {
        await tx.execute(q`update audit_events set details = '{"i": 999}' where seq = ${k}`);
      });
      expect(result).toMatchObject({ ok: false, brokenAt: k, reason: 'hash_mismatch', count: k - 1 });
    });

    it('an edited event whose hash was recomputed to match', async () => {
      const result = await verifyAfterTampering(async (tx) => {
        const [row] = await tx.select().from(auditEvents).where(q`${auditEvents.seq} = ${k}`);
        const { hash: _old, ...fields } = row!;
        const forged = { ...fields, actorRole: 'privacy' };
        await tx.execute(q`update audit_events set actor_role = 'privacy', hash = ${hashAuditEvent(forged)} where seq = ${k}`);
      });
      // The forged event is self-consistent; its successor no longer links to it.
      expect(result).toMatchObject({ ok: false, brokenAt: k + 1, reason: 'prev_hash_mismatch', count: k });
    });

    it('a deleted event', async () => {
      const result = await verifyAfterTampering(async (tx) => {
        await tx.execute(q`delete from audit_events where seq = ${k}`);
      });
      expect(result).toMatchObject({ ok: false, brokenAt: k, reason: 'gap', count: k - 1 });
    });

    it('a deleted event with the events after it renumbered to close the gap', async () => {
      const result = await verifyAfterTampering(async (tx) => {
        await tx.execute(q`delete from audit_events where seq = ${k}`);
        // Two steps, so that the primary key never sees two events with the same number.
        await tx.execute(q`update audit_events set seq = seq + 1000000 where seq > ${k}`);
        await tx.execute(q`update audit_events set seq = seq - 1000001 where seq > 1000000`);
      });
      expect(result).toMatchObject({ ok: false, brokenAt: k, reason: 'prev_hash_mismatch', count: k - 1 });
    });

    it('a reordered pair of events', async () => {
      const result = await verifyAfterTampering(async (tx) => {
        await tx.execute(q`update audit_events set seq = 1000000 where seq = ${k}`);
        await tx.execute(q`update audit_events set seq = ${k} where seq = ${k + 1}`);
        await tx.execute(q`update audit_events set seq = ${k + 1} where seq = 1000000`);
      });
      expect(result).toMatchObject({ ok: false, brokenAt: k, count: k - 1 });
      expect(['prev_hash_mismatch', 'hash_mismatch']).toContain((result as { reason: string }).reason);
    });

    it('the first of several broken links', async () => {
      const result = await verifyAfterTampering(async (tx) => {
        await tx.execute(q`delete from audit_events where seq = ${k + 3}`);
        await tx.execute(q`update audit_events set action = 'x' where seq = ${k + 1}`);
      });
      expect(result).toMatchObject({ ok: false, brokenAt: k + 1, reason: 'hash_mismatch' });
    });

    it('an altered first event (the genesis link)', async () => {
      const result = await verifyAfterTampering(async (tx) => {
        await tx.execute(q`update audit_events set prev_hash = ${'f'.repeat(64)} where seq = 1`);
      });
      expect(result).toMatchObject({ ok: false, brokenAt: 1, reason: 'prev_hash_mismatch', count: 0 });
    });

    it('leaves the real chain intact (every tampering above was rolled back)', async () => {
      expect(await verifyAuditChain(getDb())).toMatchObject({ ok: true, count: await eventCount() });
      const [triggers] = await sql<{ n: number }>`
        select count(*)::int as n from pg_trigger
        where tgrelid = 'audit_events'::regclass and not tgisinternal and tgenabled <> 'D'`;
      expect(triggers!.n).toBe(2);
    });
  });
});
