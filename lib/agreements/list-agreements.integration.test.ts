import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { contracts, services } from '@/db/schema';
import { addDays } from '@/lib/change-notices/compute-effective-date';
import { runPeriodicJob } from '@/lib/jobs/run-job';
import { terminateEndedAgreementsJob } from '@/lib/lifecycle/terminate-ended-agreements';
import { actorFor, contextFor } from '@/lib/testing/context';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedClock, seedId } from '@/scripts/demo-seed/seed-helpers';
import { lookupCustomer } from '@/lib/support/lookup-customer';
import { listAgreements } from './list-agreements';

// Customers see every agreement they ever had, with its PDF; a terminated one shows the deletion
// and return duties with deadlines counted from its end by its own version's terms.

const current = seedId(`org:${demoOrgs.current}`);
const former = seedId('org:K-10025'); // the demo's former customer: version 1, terminated 120 days ago
const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + offset * 86_400_000));

describe('an organisation’s agreement history', () => {
  it('is the organisation’s own: a member of another organisation gets nothing', async () => {
    const stranger = await actorFor(demoAccounts.otherSignatory);
    expect(await listAgreements(contextFor(stranger), { orgId: current })).toBeNull();
    expect(await listAgreements(contextFor(stranger), { orgId: 'not-a-uuid' })).toBeNull();
  });

  it('a version without fixed deadlines names the end of the services and points to the clause', async () => {
    const support = await actorFor(demoAccounts.support);
    const history = await listAgreements(contextFor(support), { orgId: former });
    expect(history!.agreements.map((a) => [a.version, a.status])).toEqual([[1, 'terminated']]);
    // The seed counts days from today's midnight UTC (terminated at 12:00 UTC that day), not from
    // this moment: between 22:00 and 24:00 UTC "120 days ago" in Berlin time can be a day later.
    expect(history!.agreements[0]!.exit).toEqual({ endedOn: seedClock(new Date()).dateDaysAgo(120), deadlines: [] });
  });

  it('lists active, superseded and terminated agreements; a terminated one on version 2 has its three deadlines', async () => {
    const member = await actorFor(demoAccounts.member);
    const before = await listAgreements(contextFor(member), { orgId: current });
    const active = before!.agreements.find((a) => a.status === 'active')!;
    expect(active).toMatchObject({ version: 2, hasPdf: true, exit: null });

    // The last processing contract ended yesterday; the worker ends the agreement.
    const processing = await getDb()
      .select({ id: contracts.id })
      .from(contracts)
      .innerJoin(services, eq(services.id, contracts.serviceId))
      .where(and(eq(contracts.orgId, current), eq(services.processesPersonalData, true)));
    for (const c of processing) await getDb().update(contracts).set({ endsOn: day(-1) }).where(eq(contracts.id, c.id));
    await runPeriodicJob(terminateEndedAgreementsJob);

    const after = await listAgreements(contextFor(member), { orgId: current });
    expect(after!.agreements).toHaveLength(before!.agreements.length);
    const ended = after!.agreements.find((a) => a.id === active.id)!;
    expect(ended.status).toBe('terminated');
    expect(ended.hasPdf).toBe(true);
    expect(ended.exit).toEqual({
      endedOn: day(-1),
      deadlines: [
        { duty: 'returnRequest', due: addDays(day(-1), 14), passed: false },
        { duty: 'productionDeletion', due: addDays(day(-1), 30), passed: false },
        { duty: 'backupDeletion', due: addDays(day(-1), 51), passed: false },
      ],
    });
    // Support falls to advice only for the ticket and phone systems' lookup too (the API's answer).
    const support = await actorFor(demoAccounts.support);
    const [found] = await lookupCustomer(contextFor(support), { customerNumber: demoOrgs.current });
    expect(found!.supportLevel).toBe('advice_only');
    // Older agreements keep their own state and no duties of their own.
    expect(after!.agreements.filter((a) => a.id !== active.id).every((a) => a.status === 'superseded' && a.exit === null)).toBe(true);
  });
});
