import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as identifyGet } from '@/app/api/v1/calls/identify/route';
import { GET as lookupGet } from '@/app/api/v1/support/lookup/route';
import { getDb } from '@/db/client';
import { agreements, changeNotices, contracts, notices, objections, organisations, phoneNumbers, services } from '@/db/schema';
import { createApiToken } from '@/lib/api/api-tokens';
import { fileObjection } from '@/lib/objections/file-objection';
import { fileObjectionSchema } from '@/lib/objections/objection-schemas';
import { announceTestChangeNotice } from '@/lib/testing/announce-change-notice';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { decideSupportLevel, type SupportFacts } from './decide-support-level';
import { supportLevel } from './support-level';

/** The facts as the tables hold them, read the plain way (one query each): the reference. */
async function factsFromTables(orgId: string): Promise<SupportFacts> {
  const db = getDb();
  const [agreement] = await db
    .select({ id: agreements.id, snapshot: agreements.annexSnapshot })
    .from(agreements)
    .where(and(eq(agreements.orgId, orgId), eq(agreements.status, 'active')));
  const booked = await db
    .select({ code: services.code })
    .from(contracts)
    .innerJoin(services, eq(services.id, contracts.serviceId))
    .where(and(eq(contracts.orgId, orgId), eq(contracts.status, 'active'), eq(services.processesPersonalData, true)));
  return {
    agreement: agreement ? { id: agreement.id, serviceCodes: agreement.snapshot.services.map((s) => s.code) } : null,
    processingServiceCodes: booked.map((b) => b.code),
  };
}

let secret: string;
const call = (handler: (request: Request) => Promise<Response>, path: string) =>
  handler(new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${secret}` } }));

// Issue 14: the API's lookup and call identification read supportLevel()'s facts as a JSON column of
// their one statement (supportFactsJson); the decision must be the one the tables give.
describe('support facts in one statement', () => {
  beforeAll(async () => {
    const admin = await actorFor(demoAccounts.admin);
    ({ secret } = await runAs(admin, (ctx) => createApiToken(ctx, { name: 'facts test', scopes: ['support:read', 'calls:identify'] })));
    // Open items to count: an announced change, and an objection to it from the current customer.
    const changeNoticeId = await announceTestChangeNotice({ de: 'Offene Punkte', en: 'Open items' }, { de: 'Test', en: 'Test' });
    const [current] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, demoOrgs.current));
    const [notice] = await getDb()
      .select({ id: notices.id })
      .from(notices)
      .where(and(eq(notices.changeNoticeId, changeNoticeId), eq(notices.orgId, current!.id)));
    const signatory = await actorFor(demoAccounts.signatory);
    await runAs(signatory, (ctx) => fileObjection(ctx, fileObjectionSchema.parse({ orgId: current!.id, noticeId: notice!.id, reason: 'Bitte nicht in die USA.' })));
  });

  it('supportLevel() decides as the tables say, for every organisation', async () => {
    const support = await actorFor(demoAccounts.support);
    const orgs = await getDb().select({ id: organisations.id, customerNumber: organisations.customerNumber }).from(organisations);
    const reasons = new Set<string>();
    for (const org of orgs) {
      const decision = await supportLevel(contextFor(support), org.id);
      expect(decision, org.customerNumber).toEqual(decideSupportLevel(await factsFromTables(org.id)));
      reasons.add(decision.reason);
    }
    // Both cases of the demo data are compared (and a covered and an uncovered one).
    expect(reasons).toContain('covered');
    expect(reasons).toContain('no_agreement');
  });

  it('the lookup answers each organisation with the decision and agreement the tables give', async () => {
    for (const customerNumber of Object.values(demoOrgs)) {
      const [org] = await getDb().select().from(organisations).where(eq(organisations.customerNumber, customerNumber));
      const response = await call(lookupGet, `/api/v1/support/lookup?customerNumber=${customerNumber.toLowerCase()}`);
      expect(response.status, customerNumber).toBe(200);
      const { results } = (await response.json()) as { results: Record<string, unknown>[] };
      const decision = decideSupportLevel(await factsFromTables(org!.id));
      expect(results, customerNumber).toHaveLength(org!.archivedAt ? 0 : 1);
      if (org!.archivedAt) continue;
      expect(results[0]).toMatchObject({
        organisation: { id: org!.id, customerNumber },
        supportLevel: decision.level,
        reason: decision.reason,
        actions: decision.actions,
        agreement: decision.agreementId ? { id: decision.agreementId, version: expect.any(Number), signedAt: expect.any(String) } : null,
      });
    }
  });

  it('call identification counts the open items the tables hold and decides as supportLevel()', async () => {
    const numbers = await getDb()
      .selectDistinct({ normalized: phoneNumbers.normalized, orgId: phoneNumbers.orgId })
      .from(phoneNumbers)
      .innerJoin(organisations, eq(organisations.id, phoneNumbers.orgId));
    let withNotices = 0;
    let withObjections = 0;
    for (const { normalized, orgId } of numbers) {
      const response = await call(identifyGet, `/api/v1/calls/identify?number=${encodeURIComponent(normalized)}`);
      const body = (await response.json()) as { known: boolean; organisation?: { id: string }; supportLevel?: string; allowedActions?: string[]; openItems?: { changeNotices: number; objections: number } };
      if (!body.known || body.organisation!.id !== orgId) continue; // archived, or a number two organisations share
      const openNotices = (
        await getDb()
          .select({ id: notices.id })
          .from(notices)
          .innerJoin(changeNotices, eq(changeNotices.id, notices.changeNoticeId))
          .where(and(eq(notices.orgId, orgId), eq(changeNotices.status, 'announced')))
      ).length;
      const openObjections = (await getDb().select({ id: objections.id }).from(objections).where(and(eq(objections.orgId, orgId), inArray(objections.status, ['open'])))).length;
      expect(body.openItems, normalized).toEqual({ changeNotices: openNotices, objections: openObjections });
      const decision = decideSupportLevel(await factsFromTables(orgId));
      expect(body.supportLevel, normalized).toBe(decision.level);
      expect(body.allowedActions).toEqual(decision.actions.filter((a) => a.allowed).map((a) => a.action));
      if (openNotices > 0) withNotices++;
      if (openObjections > 0) withObjections++;
    }
    expect(withNotices).toBeGreaterThan(0);
    expect(withObjections).toBeGreaterThan(0);
  });
});
