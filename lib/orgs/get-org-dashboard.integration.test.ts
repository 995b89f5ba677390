import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { countStatements } from '@/db/query-counter';
import { sql } from '@/lib/testing/db';
import { memberships, organisations } from '@/db/schema';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import type { UserActor } from '@/lib/core/actor';
import { actorFor, contextFor } from '@/lib/testing/context';
import { listOpenNoticesForOrg } from '@/lib/notices/list-open-notices-for-org';
import { getOrgDashboard } from './get-org-dashboard';

const orgIds: Record<keyof typeof demoOrgs, string> = { current: '', none: '', outdated: '', notEligible: '' };
let staff: UserActor;

const dashboardFor = (actor: UserActor, orgId: string) => getOrgDashboard(contextFor(actor), { orgId });

beforeAll(async () => {
  staff = await actorFor(demoAccounts.support);
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
    const dashboard = await dashboardFor(actor, orgIds.current);
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
    const dashboard = await dashboardFor(actor, orgIds.current);
    expect(dashboard!.viewer).toEqual({ kind: 'member', role: 'member' });
  });

  it('marks an older signed version as outdated and keeps full support', async () => {
    const dashboard = await dashboardFor(staff, orgIds.outdated);
    expect(dashboard!.viewer).toEqual({ kind: 'staff' });
    expect(dashboard!.status).toBe('outdated');
    expect(dashboard!.agreement!.version).toBeLessThan(dashboard!.currentVersion!);
    expect(dashboard!.support.level).toBe('full');
  });

  it('restricts an eligible organisation without agreement to advice', async () => {
    const dashboard = await dashboardFor(staff, orgIds.none);
    expect(dashboard!.status).toBe('none');
    expect(dashboard!.eligible).toBe(true);
    expect(dashboard!.agreement).toBeNull();
    expect(dashboard!.support.level).toBe('advice_only');
    expect(dashboard!.support.actions.filter((a) => a.allowed).map((a) => a.action)).toEqual(['advice']);
  });

  it('says not eligible when no booked service processes personal data', async () => {
    const dashboard = await dashboardFor(staff, orgIds.notEligible);
    expect(dashboard!.status).toBe('not_eligible');
    expect(dashboard!.contracts.every((c) => !c.processesPersonalData)).toBe(true);
  });

  it('returns nothing for a customer asking about another organisation', async () => {
    const actor = await actorFor(demoAccounts.signatory);
    expect(actor.memberships.some((m) => m.orgId === orgIds.none)).toBe(false);
    expect(await dashboardFor(actor, orgIds.none)).toBeNull();
  });

  it('returns nothing for an unknown or malformed id', async () => {
    expect(await dashboardFor(staff, crypto.randomUUID())).toBeNull();
    expect(await dashboardFor(staff, 'not-a-uuid')).toBeNull();
  });

  it('lists only the organisation’s own people', async () => {
    const dashboard = await dashboardFor(staff, orgIds.current);
    const own = await getDb()
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(eq(memberships.orgId, orgIds.current));
    expect(dashboard!.people.map((p) => p.userId).sort()).toEqual(own.map((m) => m.userId).sort());
  });

  it('reads the organisation with its lists in one statement, however long the lists (issue 14)', async () => {
    const actor = await actorFor(demoAccounts.signatory);
    await dashboardFor(actor, orgIds.current); // the provider's settings and versions: shared cache
    const before = await countStatements(() => dashboardFor(actor, orgIds.current));
    await sql`insert into contacts (org_id, kind, email, name)
              select ${orgIds.current}, 'general', 'viele-' || i || '@example.org', 'Kontakt ' || i from generate_series(1, 30) i`;
    const after = await countStatements(() => dashboardFor(actor, orgIds.current));
    expect(before.statements).toBe(1);
    expect(after.statements).toBe(1);
    expect(after.result!.generalContacts.length).toBe(before.result!.generalContacts.length + 30);
    // The JSON lists keep their order and types: contacts by e-mail (the database's collation), dates as dates.
    const ordered = await sql<{ email: string }>`select email from contacts where org_id = ${orgIds.current} and kind = 'general' order by email`;
    expect(after.result!.generalContacts.map((c) => c.email)).toEqual(ordered.map((r) => r.email));
    expect(after.result!.noticeContacts.every((c) => c.confirmedAt === null || c.confirmedAt instanceof Date)).toBe(true);
  });

  it('reads the open-notices card in the same statement, as the list reads it on its own', async () => {
    const actor = await actorFor(demoAccounts.signatory);
    // A notice with a deadline ahead, so the card has a row whatever the demo data's dates are.
    const [notice] = await sql<{ id: string }>`select n.id from notices n where n.org_id = ${orgIds.current} limit 1`;
    const [changeNotice] = await sql<{ id: string }>`select change_notice_id as id from notices where id = ${notice!.id}`;
    await sql`update change_notices set status = 'announced', effective_at = now() + interval '40 days', objections_close_at = now() + interval '30 days' where id = ${changeNotice!.id}`;
    await sql`update notices set effective_at = null, objections_close_at = null where change_notice_id = ${changeNotice!.id}`;
    await sql`delete from notice_reads where notice_id = ${notice!.id}`;

    const { statements, result } = await countStatements(() => dashboardFor(actor, orgIds.current));
    expect(statements).toBe(1);
    const open = result!.openNotices;
    expect(open.notices.map((n) => n.noticeId)).toContain(notice!.id);
    const alone = await listOpenNoticesForOrg(contextFor(actor), { orgId: orgIds.current });
    expect(open).toEqual(alone);
    // Dates are dates; the first five by deadline, the rest counted.
    const row = open.notices.find((n) => n.noticeId === notice!.id)!;
    expect(row.effectiveAt).toBeInstanceOf(Date);
    expect(row.daysLeft).toBeGreaterThanOrEqual(29);
    expect(row.unread).toBe(true);
    expect(open.notices.length).toBeLessThanOrEqual(5);
    expect(open.total).toBeGreaterThanOrEqual(open.notices.length);
    const times = open.notices.map((n) => n.effectiveAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // The same prepared statement for another organisation and viewer: its values, not the first call's.
    const other = await dashboardFor(staff, orgIds.none);
    expect(other!.org.customerNumber).toBe(demoOrgs.none);
    expect(other!.openNotices.notices.every((n) => n.unread === false)).toBe(true);
  });
});
