import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, contracts, organisations, remoteSupportAuthorisations } from '@/db/schema';
import type { UserActor } from '@/lib/core/actor';
import { AppError } from '@/lib/errors';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { renderedMails } from '@/lib/testing/mails';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { endRemoteSession } from './end-remote-session';
import { listRemoteSessions } from './list-remote-sessions';
import { startRemoteSessionInput } from './remote-session-input';
import { searchCustomers, searchCustomersInput } from './search-customers';
import { sendDpaInvitation } from './send-dpa-invitation';
import { startRemoteSession } from './start-remote-session';
import { supportLevel } from './support-level';

let support: UserActor;
const orgId: Record<string, string> = {};

async function lastAudit(action: string, org: string) {
  const [event] = await getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.orgId, org)))
    .orderBy(sql`${auditEvents.seq} desc`)
    .limit(1);
  return event;
}

const start = (org: string, extra: Record<string, unknown> = {}) =>
  runAs(support, (ctx) =>
    startRemoteSession(ctx, startRemoteSessionInput.parse({ orgId: org, ticketReference: 'T-4711', reason: 'Outlook startet nicht', ...extra })),
  );

describe('support level, remote sessions and DPA invitations', () => {
  beforeAll(async () => {
    support = await actorFor(demoAccounts.support);
    for (const row of await getDb().select({ id: organisations.id, n: organisations.customerNumber }).from(organisations)) orgId[row.n] = row.id;
  });

  it('decides the seeded organisations: an active agreement covering a booked service is full support', async () => {
    const ctx = contextFor(support);
    expect(await supportLevel(ctx, orgId[demoOrgs.current]!)).toMatchObject({ level: 'full', reason: 'covered' });
    expect(await supportLevel(ctx, orgId[demoOrgs.outdated]!)).toMatchObject({ level: 'full', reason: 'covered' });
    expect(await supportLevel(ctx, orgId[demoOrgs.none]!)).toMatchObject({ level: 'advice_only', reason: 'no_agreement' });
    expect(await supportLevel(ctx, orgId[demoOrgs.notEligible]!)).toMatchObject({ level: 'advice_only', reason: 'no_agreement' });
  });

  it('starts and ends a session with an agreement; the customer sees it, another customer does not', async () => {
    const org = orgId[demoOrgs.current]!;
    const started = await start(org, { tool: 'AnyDesk' });
    expect(started.outcome).toBe('granted');
    if (started.outcome !== 'granted') return;
    expect(started.reference).toMatch(/^RS-[0-9A-F]{8}$/);
    expect((await lastAudit('support.session.started', org))?.targetId).toBe(started.sessionId);

    const ended = await runAs(support, (ctx) => endRemoteSession(ctx, { orgId: org, sessionId: started.sessionId }));
    expect(ended.endedAt).toBeInstanceOf(Date);
    // Ending twice, or another organisation's session, is refused.
    await expect(runAs(support, (ctx) => endRemoteSession(ctx, { orgId: org, sessionId: started.sessionId }))).rejects.toBeInstanceOf(AppError);
    await expect(
      runAs(support, (ctx) => endRemoteSession(ctx, { orgId: orgId[demoOrgs.none]!, sessionId: started.sessionId })),
    ).rejects.toBeInstanceOf(AppError);

    const customer = await actorFor(demoAccounts.member);
    const seen = await listRemoteSessions(contextFor(customer), { orgId: org });
    expect(seen.map((s) => [s.ticketReference, s.tool, s.agent, s.endedAt !== null])).toContainEqual(['T-4711', 'AnyDesk', expect.any(String), true]);
    const stranger = await actorFor(demoAccounts.otherSignatory);
    await expect(listRemoteSessions(contextFor(stranger), { orgId: org })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses remote support (and log analysis) without a DPA, records and audits the refusal', async () => {
    const org = orgId[demoOrgs.none]!;
    for (const action of ['remote_support', 'log_analysis'] as const) {
      const result = await start(org, { action });
      expect(result).toMatchObject({ outcome: 'refused', reason: 'no_agreement' });
    }
    const rows = await getDb().select().from(remoteSupportAuthorisations).where(eq(remoteSupportAuthorisations.orgId, org));
    expect(rows.every((r) => r.outcome === 'refused' && r.agreementId === null)).toBe(true);
    expect(await lastAudit('support.session.refused', org)).toMatchObject({ details: expect.objectContaining({ decision: 'no_agreement' }) });
    // The customer's list shows sessions, not refusals.
    expect(await listRemoteSessions(contextFor(await actorFor(demoAccounts.otherSignatory)), { orgId: org })).toEqual([]);
  });

  it('sends the signatories one DPA invitation a day, audited', async () => {
    const org = orgId[demoOrgs.none]!;
    const sent = await runAs(support, (ctx) => sendDpaInvitation(ctx, { orgId: org }));
    expect(sent.recipients).toBeGreaterThan(0);
    const [mail] = await renderedMails({ to: demoAccounts.otherSignatory });
    expect(mail).toMatchObject({ template: 'dpa-invitation' });
    expect(mail!.text).toContain(`/orgs/${org}/dpa`);
    expect(await lastAudit('support.dpa_invitation.sent', org)).toBeTruthy();
    await expect(runAs(support, (ctx) => sendDpaInvitation(ctx, { orgId: org }))).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    // The next day it may be sent again.
    const tomorrow = new Date(Date.now() + 36 * 3600_000);
    await expect(runAs(support, (ctx) => sendDpaInvitation(ctx, { orgId: org }), { now: tomorrow })).resolves.toMatchObject({ recipients: sent.recipients });
  });

  it('an agreement that no longer covers an active processing contract is not full support, in the function and the search', async () => {
    const org = orgId[demoOrgs.outdated]!;
    await getDb().update(contracts).set({ status: 'ended' }).where(eq(contracts.orgId, org));
    const decision = await supportLevel(contextFor(support), org);
    expect(decision).toMatchObject({ level: 'advice_only', reason: 'agreement_not_covering' });
    const [hit] = (await searchCustomers(contextFor(support), searchCustomersInput.parse({ q: demoOrgs.outdated }))).hits;
    expect(hit!.supportLevel).toBe('advice_only');
    expect(await start(org)).toMatchObject({ outcome: 'refused', reason: 'agreement_not_covering' });
  });

  it('validates the input: ticket and reason are required; customers may not start sessions', async () => {
    const parsed = startRemoteSessionInput.safeParse({ orgId: orgId[demoOrgs.current], ticketReference: ' ', reason: 'x' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path[0]).sort()).toEqual(['reason', 'ticketReference']);
    const customer = await actorFor(demoAccounts.signatory);
    await expect(
      runAs(customer, (ctx) =>
        startRemoteSession(ctx, startRemoteSessionInput.parse({ orgId: orgId[demoOrgs.current], ticketReference: 'T', reason: 'abc' })),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
