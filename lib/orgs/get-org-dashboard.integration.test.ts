import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { memberships, organisations, users } from '@/db/schema';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { loadActorRoles } from '@/lib/auth/load-actor';
import { getOrgDashboard } from './get-org-dashboard';

const staff = { staffRoles: ['support' as const], memberships: [] };
const orgIds: Record<keyof typeof demoOrgs, string> = { current: '', none: '', outdated: '', notEligible: '' };

async function actorFor(email: string) {
  const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email));
  const roles = await loadActorRoles(user!.id);
  return roles!;
}

beforeAll(async () => {
  for (const key of Object.keys(demoOrgs) as (keyof typeof demoOrgs)[]) {
    const [org] = await getDb()
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.customerNumber, demoOrgs[key]));
    orgIds[key] = org!.id;
  }
});

describe('getOrgDashboard', () => {
  it('shows a current agreement with full support to its signatory', async () => {
    const actor = await actorFor(demoAccounts.signatory);
    const dashboard = await getOrgDashboard(actor, orgIds.current);
    expect(dashboard).not.toBeNull();
    expect(dashboard!.viewer).toEqual({ kind: 'member', role: 'signatory' });
    expect(dashboard!.org.customerNumber).toBe(demoOrgs.current);
    expect(dashboard!.status).toBe('current');
    expect(dashboard!.agreement?.version).toBe(dashboard!.currentVersion);
    expect(dashboard!.support.level).toBe('full');
    expect(dashboard!.support.actions.every((a) => a.allowed)).toBe(true);
    expect(dashboard!.contracts.some((c) => c.processesPersonalData)).toBe(true);
    expect(dashboard!.people.map((p) => p.email)).toContain(demoAccounts.signatory);
  });

  it('shows a member the same organisation as a member', async () => {
    const actor = await actorFor(demoAccounts.member);
    const dashboard = await getOrgDashboard(actor, orgIds.current);
    expect(dashboard!.viewer).toEqual({ kind: 'member', role: 'member' });
  });

  it('marks an older signed version as outdated and keeps full support', async () => {
    const dashboard = await getOrgDashboard(staff, orgIds.outdated);
    expect(dashboard!.viewer).toEqual({ kind: 'staff' });
    expect(dashboard!.status).toBe('outdated');
    expect(dashboard!.agreement!.version).toBeLessThan(dashboard!.currentVersion!);
    expect(dashboard!.support.level).toBe('full');
  });

  it('restricts an eligible organisation without agreement to advice', async () => {
    const dashboard = await getOrgDashboard(staff, orgIds.none);
    expect(dashboard!.status).toBe('none');
    expect(dashboard!.eligible).toBe(true);
    expect(dashboard!.agreement).toBeNull();
    expect(dashboard!.support.level).toBe('advice_only');
    expect(dashboard!.support.actions.filter((a) => a.allowed).map((a) => a.action)).toEqual(['advice']);
  });

  it('says not eligible when no booked service processes personal data', async () => {
    const dashboard = await getOrgDashboard(staff, orgIds.notEligible);
    expect(dashboard!.status).toBe('not_eligible');
    expect(dashboard!.contracts.every((c) => !c.processesPersonalData)).toBe(true);
  });

  it('returns nothing for a customer asking about another organisation', async () => {
    const actor = await actorFor(demoAccounts.signatory);
    expect(actor.memberships.some((m) => m.orgId === orgIds.none)).toBe(false);
    expect(await getOrgDashboard(actor, orgIds.none)).toBeNull();
  });

  it('returns nothing for an unknown or malformed id', async () => {
    expect(await getOrgDashboard(staff, crypto.randomUUID())).toBeNull();
    expect(await getOrgDashboard(staff, 'not-a-uuid')).toBeNull();
  });

  it('lists only the organisation’s own people', async () => {
    const dashboard = await getOrgDashboard(staff, orgIds.current);
    const own = await getDb()
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(eq(memberships.orgId, orgIds.current));
    expect(dashboard!.people.map((p) => p.userId).sort()).toEqual(own.map((m) => m.userId).sort());
  });
});
