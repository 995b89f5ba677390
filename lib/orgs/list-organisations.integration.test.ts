import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { organisations } from '@/db/schema';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import type { UserActor } from '@/lib/core/actor';
import { actorFor, contextFor } from '@/lib/testing/context';
import { getOrgDashboard } from './get-org-dashboard';
import { listOrganisations, listOrganisationsInput, organisationsPageSize } from './list-organisations';

let support: UserActor;

/** As the page calls it: the query string parsed leniently, then the list for the actor. */
const listFor = (actor: UserActor, query: Record<string, string>) => listOrganisations(contextFor(actor), listOrganisationsInput.parse(query));

describe('listOrganisations', () => {
  let allCount = 0;

  beforeAll(async () => {
    support = await actorFor(demoAccounts.support);
    allCount = (await getDb().select({ id: organisations.id }).from(organisations)).length;
  });

  it('computes the four seeded DPA states in SQL', async () => {
    const expected = {
      [demoOrgs.current]: 'current',
      [demoOrgs.none]: 'none',
      [demoOrgs.outdated]: 'outdated',
      [demoOrgs.notEligible]: 'not_eligible',
    } as const;
    for (const [customerNumber, status] of Object.entries(expected)) {
      const list = await listFor(support, { q: customerNumber });
      expect(list.rows.map((r) => [r.customerNumber, r.status])).toContainEqual([customerNumber, status]);
    }
  });

  it('agrees with the dashboard (dpaStatus in TypeScript) on every organisation', async () => {
    const seen: Record<string, string> = {};
    for (let page = 1; ; page++) {
      const list = await listFor(support, { page: String(page) });
      for (const row of list.rows) seen[row.id] = row.status;
      if (page >= list.pageCount) break;
    }
    expect(Object.keys(seen)).toHaveLength(allCount);
    for (const [orgId, status] of Object.entries(seen)) {
      const dashboard = await getOrgDashboard(contextFor(support), { orgId });
      expect(dashboard?.status, orgId).toBe(status);
    }
  });

  it('counts every status, and the counts add up to all organisations', async () => {
    const { counts } = await listFor(support, {});
    expect(counts.all).toBe(allCount);
    expect(counts.current + counts.outdated + counts.none + counts.not_eligible).toBe(allCount);
    for (const status of ['current', 'outdated', 'none', 'not_eligible'] as const) {
      expect(counts[status], status).toBeGreaterThan(0);
    }
  });

  it('filters by status, with the total taken from the same WHERE', async () => {
    const list = await listFor(support, { status: 'outdated' });
    expect(list.total).toBe(list.counts.outdated);
    expect(list.rows.length).toBe(Math.min(list.total, organisationsPageSize));
    expect(list.rows.every((r) => r.status === 'outdated')).toBe(true);
    expect(list.rows.map((r) => r.customerNumber)).toContain(demoOrgs.outdated);
  });

  it('finds an organisation by a portal user e-mail, case-insensitively', async () => {
    const list = await listFor(support, { q: demoAccounts.otherSignatory.toUpperCase() });
    expect(list.rows.map((r) => r.customerNumber)).toEqual([demoOrgs.none]);
    expect(list.total).toBe(1);
  });

  it('finds by part of the legal name and treats LIKE wildcards literally', async () => {
    const [org] = await getDb()
      .select({ legalName: organisations.legalName })
      .from(organisations)
      .where(eq(organisations.customerNumber, demoOrgs.current));
    const part = org!.legalName.slice(0, 6).toLowerCase();
    const byName = await listFor(support, { q: part });
    expect(byName.rows.map((r) => r.customerNumber)).toContain(demoOrgs.current);
    const wildcard = await listFor(support, { q: '%' });
    expect(wildcard.total).toBe(0);
  });

  it('pages by 25 in a stable order and clamps a page past the end', async () => {
    const first = await listFor(support, { page: '1' });
    expect(first.pageCount).toBe(Math.max(1, Math.ceil(allCount / organisationsPageSize)));
    const beyond = await listFor(support, { page: '9999' });
    expect(beyond.page).toBe(beyond.pageCount);
    expect(beyond.rows.length).toBeGreaterThan(0);
    if (first.pageCount > 1) {
      const second = await listFor(support, { page: '2' });
      const firstIds = new Set(first.rows.map((r) => r.id));
      expect(second.rows.some((r) => firstIds.has(r.id))).toBe(false);
    }
  });

  it('falls back to defaults for bad URL parameters', async () => {
    const list = await listFor(support, { status: 'bogus', page: '-3' });
    expect(list.status).toBe('all');
    expect(list.page).toBe(1);
  });

  it('refuses a customer, whatever the caller checked before', async () => {
    await expect(
      listFor(await actorFor(demoAccounts.signatory), {}),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
