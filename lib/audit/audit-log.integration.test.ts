import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import type { UserActor } from '@/lib/core/actor';
import { isAppError } from '@/lib/errors';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { auditFilterSchema, type AuditFilter } from './audit-filters';
import { checkAuditChain } from './check-audit-chain';
import { auditCsvHeader, exportAuditCsv } from './export-audit-csv';
import { AUDIT_PAGE_SIZE, listAuditEvents } from './list-audit-events';
import { writeAuditEvent } from './write-audit-event';

// The audit log page's reads on a real database: keyset paging returns every event of a filtered
// range exactly once, newest first; each filter scopes; the CSV export holds exactly the range and
// is itself audited.

const current = seedId(`org:${demoOrgs.current}`);
const other = seedId(`org:${demoOrgs.none}`);
const PER_ORG = 61;
let admin: UserActor;
let privacy: UserActor;
let support: UserActor;
let signatory: UserActor;

beforeAll(async () => {
  admin = await actorFor(demoAccounts.admin);
  privacy = await actorFor(demoAccounts.privacy);
  support = await actorFor(demoAccounts.support);
  signatory = await actorFor(demoAccounts.signatory);
  // Interleaved: the two organisations' events alternate in the chain.
  for (let i = 0; i < PER_ORG; i += 1) {
    for (const [orgId, actor] of [
      [current, signatory],
      [other, admin],
    ] as const) {
      await getDb().transaction((tx) =>
        writeAuditEvent(
          tx,
          { userId: actor.userId, role: 'test' },
          { action: 'test.paging', orgId, targetType: 'test', targetId: i === 0 ? '=HYPERLINK("x")' : String(i), details: { i, note: 'a, "b"' } },
        ),
      );
    }
  }
});

const filter = (input: Record<string, string>): AuditFilter => auditFilterSchema.parse(input);

async function allPages(actor: UserActor, f: AuditFilter) {
  const seen: number[] = [];
  let before: number | undefined;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = await listAuditEvents(contextFor(actor), { filter: f, before });
    expect(page.events.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
    seen.push(...page.events.map((e) => e.seq));
    if (!page.next) return { seen, events: page.events };
    before = page.next;
  }
  throw new Error('paging did not end');
}

async function expectedSeqs(where: string) {
  return (await sql<{ seq: number }>([`select seq::int as seq from audit_events where ${where} order by seq desc`] as unknown as TemplateStringsArray)).map(
    (r) => r.seq,
  );
}

describe('the audit log', () => {
  it('keyset paging returns every event of the range exactly once, newest first', async () => {
    const { seen } = await allPages(admin, filter({ action: 'test.paging' }));
    expect(seen).toHaveLength(2 * PER_ORG);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(await expectedSeqs(`action = 'test.paging'`));
    // The whole log pages the same way.
    const everything = await allPages(privacy, filter({}));
    expect(everything.seen).toEqual(await expectedSeqs('true'));
  });

  it('each filter scopes the range: organisation, actor, action, days', async () => {
    const byOrg = await allPages(admin, filter({ org: demoOrgs.current, action: 'test.paging' }));
    expect(byOrg.seen).toEqual(await expectedSeqs(`action = 'test.paging' and org_id = '${current}'`));
    const byActor = await allPages(admin, filter({ actor: demoAccounts.signatory.toUpperCase(), action: 'test.paging' }));
    expect(byActor.seen).toEqual(byOrg.seen);
    expect((await allPages(admin, filter({ org: 'K-99999' }))).seen).toEqual([]);
    expect((await allPages(admin, filter({ actor: 'nobody@example.com' }))).seen).toEqual([]);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + 86_400_000));
    expect((await allPages(admin, filter({ action: 'test.paging', from: today, to: today }))).seen).toHaveLength(2 * PER_ORG);
    expect((await allPages(admin, filter({ action: 'test.paging', from: tomorrow }))).seen).toEqual([]);
    expect((await allPages(admin, filter({ action: 'test.paging', to: '2020-01-01' }))).seen).toEqual([]);
  });

  it('bad filters get field messages', () => {
    const bad = auditFilterSchema.safeParse({ from: '2026-13-01', to: 'x', action: 'DROP TABLE;' });
    expect(bad.success).toBe(false);
    expect(new Set(bad.error!.issues.map((i) => i.path[0]))).toEqual(new Set(['from', 'to', 'action']));
    const reversed = auditFilterSchema.safeParse({ from: '2026-02-01', to: '2026-01-01' });
    expect(reversed.error?.issues).toEqual([expect.objectContaining({ path: ['to'], message: 'audit.filter.toBeforeFrom' })]);
  });

  it('only admins and privacy staff read it', async () => {
    for (const actor of [support, signatory]) {
      const error = await listAuditEvents(contextFor(actor), { filter: {} }).catch((e: unknown) => e);
      expect(isAppError(error) && error.code).toBe('FORBIDDEN');
    }
  });

  it('exports a filtered range as CSV, exactly the range, and audits the export', async () => {
    const f = filter({ org: demoOrgs.current, action: 'test.paging' });
    const lines: string[] = [];
    // As the route handler calls it: a read context; the export's event gets a transaction of its own.
    for await (const line of await exportAuditCsv(contextFor(privacy), { filter: f })) lines.push(line);
    expect(lines[0]).toBe(`\uFEFF${auditCsvHeader.join(',')}\r\n`);
    expect(lines).toHaveLength(1 + PER_ORG);
    expect(lines.slice(1).map((l) => Number(l.split(',')[0]))).toEqual(await expectedSeqs(`action = 'test.paging' and org_id = '${current}'`));
    expect(lines.slice(1).every((l) => l.includes(`,${demoOrgs.current},`))).toBe(true);
    // Quoted where needed, and a formula is defused.
    expect(lines.at(-1)).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines.at(-1)).toContain('"{""i"":0,""note"":""a, \\""b\\""""}"');

    const [event] = await sql<{ action: string; actor_user_id: string; details: unknown }>`
      select action, actor_user_id, details from audit_events order by seq desc limit 1`;
    expect(event).toMatchObject({ action: 'audit.exported', actor_user_id: privacy.userId });
    const details = typeof event!.details === 'string' ? JSON.parse(event!.details) : event!.details;
    expect(details).toEqual({ filter: { org: demoOrgs.current, action: 'test.paging' } });

    const refused = await exportAuditCsv(contextFor(support), { filter: f }).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe('FORBIDDEN');
  });

  it('verifies the chain and records the check', async () => {
    const result = await runAs(admin, (ctx) => checkAuditChain(ctx));
    expect(result.ok).toBe(true);
    const [event] = await sql<{ action: string }>`select action from audit_events order by seq desc limit 1`;
    expect(event!.action).toBe('audit.chain_verified');
  });
});
