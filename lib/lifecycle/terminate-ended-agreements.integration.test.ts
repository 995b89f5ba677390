import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agreements, contracts, services } from '@/db/schema';
import type { UserActor } from '@/lib/core/actor';
import { jobContext } from '@/lib/jobs/job';
import { getOrgDashboard } from '@/lib/orgs/get-org-dashboard';
import { actorFor, contextFor } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { renderedMails } from '@/lib/testing/mails';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { terminateEndedAgreements } from './terminate-ended-agreements';

// The agreement lifecycle: when the last contract for a personal-data service ends, the worker
// terminates the agreement on that date, once, audited, signatories mailed; support falls to advice.

const orgId = seedId(`org:${demoOrgs.current}`);
let signatory: UserActor;
beforeAll(async () => {
  signatory = await actorFor(demoAccounts.signatory);
});

const run = async (now?: Date) => terminateEndedAgreements(await jobContext('terminate-ended-agreements', { now }));
/** A calendar day in the provider's time zone, `offset` days from today. */
const day = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + offset * 86_400_000));

async function processingContracts() {
  return getDb()
    .select({ id: contracts.id, startsOn: contracts.startsOn })
    .from(contracts)
    .innerJoin(services, eq(services.id, contracts.serviceId))
    .where(and(eq(contracts.orgId, orgId), eq(services.processesPersonalData, true), eq(contracts.status, 'active')));
}

describe('terminating agreements whose last processing contract ended', () => {
  it('leaves the demo data alone: every active agreement rests on a contract in force', async () => {
    expect((await run()).terminated).toEqual([]);
  });

  it('keeps the agreement while a contract runs through today; ends it on the last end date, once', async () => {
    const rows = await processingContracts();
    expect(rows.length).toBeGreaterThan(0);
    const [active] = await getDb().select({ id: agreements.id }).from(agreements).where(and(eq(agreements.orgId, orgId), eq(agreements.status, 'active')));
    // All end today: still in force today.
    for (const row of rows) await getDb().update(contracts).set({ endsOn: day(0) }).where(eq(contracts.id, row.id));
    expect((await run()).terminated).toEqual([]);
    // One ended three days ago, the last one yesterday.
    for (const [i, row] of rows.entries()) {
      await getDb().update(contracts).set({ endsOn: i === 0 ? day(-1) : day(-3) }).where(eq(contracts.id, row.id));
    }
    expect((await run()).terminated).toEqual([active!.id]);
    expect((await run()).terminated).toEqual([]);

    const [agreement] = await getDb().select().from(agreements).where(eq(agreements.id, active!.id));
    expect(agreement!.status).toBe('terminated');
    // The first moment after the last end date, Europe/Berlin: today's local midnight.
    const localMidnight = await sql<{ t: string }>`select ((${day(0)}::date)::timestamp at time zone 'Europe/Berlin')::text as t`;
    expect(agreement!.terminatedAt!.getTime()).toBe(new Date(localMidnight[0]!.t.replace(' ', 'T').replace(/\+00$/, 'Z')).getTime());

    const events = await sql<{ action: string; target_id: string }>`select action, target_id from audit_events where action = 'agreement.terminated'`;
    expect(events).toEqual([{ action: 'agreement.terminated', target_id: active!.id }]);
    const mails = await renderedMails({ to: demoAccounts.signatory });
    const terminatedMails = mails.filter((m) => m.template === 'agreement-terminated');
    expect(terminatedMails).toHaveLength(1);
    expect(terminatedMails[0]!.subject).toBe('Ihr AV-Vertrag für Bäckerei Hofmann GmbH & Co. KG ist beendet');

    const dashboard = await getOrgDashboard(contextFor(signatory), { orgId });
    expect(dashboard?.support.level).toBe('advice_only');
  });
});
