import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as identifyGet } from '@/app/api/v1/calls/identify/route';
import { getDb } from '@/db/client';
import { auditEvents, callListEntries } from '@/db/schema';
import { createApiToken } from '@/lib/api/api-tokens';
import type { UserActor } from '@/lib/core/actor';
import { actorFor, runAs, runAsSystem } from '@/lib/testing/context';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { anonymiseCall } from './anonymise-call';
import { pruneCallList } from './prune-call-list';

let support: UserActor;
let secret: string;
const identify = (query: string, token = secret) =>
  identifyGet(new Request(`http://localhost/api/v1/calls/identify?${query}`, { headers: { authorization: `Bearer ${token}` } }));

describe('call list', () => {
  beforeAll(async () => {
    support = await actorFor(demoAccounts.support);
    const admin = await actorFor(demoAccounts.admin);
    ({ secret } = await runAs(admin, (ctx) => createApiToken(ctx, { name: 'phone system', scopes: ['calls:identify'] })));
  });

  it('identifies a caller by a number in any format and stores no readable number', async () => {
    const response = await identify(`number=${encodeURIComponent('0711 2293 440')}&callId=call-1`);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { organisation: { id: string } };
    expect(answer).toMatchObject({
      known: true,
      organisation: { customerNumber: demoOrgs.none },
      serviceContract: true,
      supportLevel: 'advice_only',
      allowedActions: ['advice'],
      openItems: { changeNotices: expect.any(Number), objections: expect.any(Number) },
    });
    const rows = await getDb().select().from(callListEntries).where(eq(callListEntries.callId, 'call-1'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.orgId).toBe(answer.organisation.id);
    const stored = JSON.stringify(rows[0]);
    for (const form of ['7112293440', '+497112293440', '07112293440', '2293440']) expect(stored).not.toContain(form);
    // Keyed: not the plain hash anyone could compute from a guessed number.
    for (const form of ['+497112293440', '497112293440']) expect(rows[0]!.numberHmac).not.toBe(createHash('sha256').update(form).digest('hex'));
    expect(rows[0]!.numberHmac).toMatch(/^[0-9a-f]{64}$/);
    // Audited in the entry's own statement: the event names the entry and the organisation, never the number.
    const [event] = await getDb().select().from(auditEvents).where(eq(auditEvents.targetId, rows[0]!.id));
    expect(event).toMatchObject({
      action: 'calls.identified',
      orgId: answer.organisation.id,
      targetType: 'call_list_entry',
      details: { api: { method: 'GET', path: '/api/v1/calls/identify' } },
    });
    expect(event!.actorRole).toMatch(/^token:/);
    expect(JSON.stringify(event)).not.toContain('2293440');
    // The same number in another format gives the same HMAC (one caller, one key).
    await identify(`number=${encodeURIComponent('+49 711 2293440')}&callId=call-1`);
    const again = await getDb().select().from(callListEntries).where(eq(callListEntries.callId, 'call-1'));
    expect(new Set(again.map((r) => r.numberHmac)).size).toBe(1);
  });

  it('answers unknown numbers with known: false, and refuses tokens without the scope', async () => {
    expect(await (await identify(`number=${encodeURIComponent('+49 30 1234567')}&callId=call-unknown`)).json()).toEqual({ known: false });
    // An unknown caller is on the call list too (the number's HMAC, no organisation), audited.
    const [unknown] = await getDb().select().from(callListEntries).where(eq(callListEntries.callId, 'call-unknown'));
    expect(unknown).toMatchObject({ orgId: null, contactId: null, serviceContract: null });
    expect(unknown!.numberHmac).toMatch(/^[0-9a-f]{64}$/);
    expect(await getDb().select().from(auditEvents).where(eq(auditEvents.targetId, unknown!.id))).toHaveLength(1);
    expect((await identify('number=abc')).status).toBe(422);
    const admin = await actorFor(demoAccounts.admin);
    const other = await runAs(admin, (ctx) => createApiToken(ctx, { name: 'ticket system', scopes: ['support:read'] }));
    expect((await identify('number=07112293440', other.secret)).status).toBe(403);
  });

  it('anonymises a call when the caller objects: the time stays, the link goes; audited', async () => {
    const before = await getDb().select().from(callListEntries).where(eq(callListEntries.callId, 'call-1'));
    const result = await runAs(support, (ctx) => anonymiseCall(ctx, { callId: 'call-1' }));
    expect(result.anonymised).toBe(before.length);
    for (const row of before) {
      const [after] = await getDb().select().from(callListEntries).where(eq(callListEntries.id, row.id));
      expect(after).toMatchObject({ callId: null, numberHmac: null, orgId: null, contactId: null, serviceContract: null, createdAt: row.createdAt });
      expect(after!.anonymisedAt).not.toBeNull();
    }
    const [event] = await getDb().select().from(auditEvents).where(eq(auditEvents.action, 'calls.anonymised'));
    expect(JSON.stringify(event)).not.toContain('call-1');
    const customer = await actorFor(demoAccounts.signatory);
    await expect(runAs(customer, (ctx) => anonymiseCall(ctx, { callId: 'x' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('prunes entries older than the retention setting', async () => {
    const now = new Date();
    const [old] = await getDb().insert(callListEntries).values({ numberHmac: 'a'.repeat(64), createdAt: new Date(now.getTime() - 91 * 86_400_000) }).returning();
    const [recent] = await getDb().insert(callListEntries).values({ numberHmac: 'b'.repeat(64), createdAt: new Date(now.getTime() - 89 * 86_400_000) }).returning();
    const { pruned } = await runAsSystem((ctx) => pruneCallList(ctx), { now });
    expect(pruned).toBeGreaterThanOrEqual(1);
    expect(await getDb().select().from(callListEntries).where(eq(callListEntries.id, old!.id))).toEqual([]);
    expect(await getDb().select().from(callListEntries).where(eq(callListEntries.id, recent!.id))).toHaveLength(1);
  });
});
