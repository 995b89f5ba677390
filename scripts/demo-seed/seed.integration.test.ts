import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agreements, dpaTemplateVersions, tomsVersions } from '@/db/schema';
import { hashAnnexSnapshot } from '@/lib/dpa/hash-annex-snapshot';
import { hashTemplateContent } from '@/lib/dpa/hash-template-version';
import { normalizePhone } from '@/lib/phone/normalize-phone';
import { listRemoteSessions } from '@/lib/support/list-remote-sessions';
import { searchCustomers, searchCustomersInput } from '@/lib/support/search-customers';
import { hashTomsContent } from '@/lib/toms/hash-toms-version';
import { actorFor, contextFor } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { isDatabaseEmpty, seedDemoData } from './index';
import { demoAccounts, demoNotEligibleSignatory, demoOrgs, demoPhone } from './demo-accounts';

// The integration setup has already seeded this file's database with seedDemoData.

/** Each organisation's DPA state, computed here in plain SQL, independent of lib/. */
async function statesByCustomerNumber() {
  const rows = await sql<{ customer_number: string; state: string }>`
    select o.customer_number,
      case
        when v.version = (select max(version) from dpa_template_versions where status = 'published') then 'current'
        when v.version is not null then 'outdated'
        when exists (
          select 1 from contracts c join services s on s.id = c.service_id
          where c.org_id = o.id and c.status = 'active' and s.processes_personal_data) then 'none'
        else 'not_eligible'
      end as state
    from organisations o
    left join agreements a on a.org_id = o.id and a.status = 'active'
    left join dpa_template_versions v on v.id = a.template_version_id`;
  return new Map(rows.map((r) => [r.customer_number, r.state]));
}

describe('seedDemoData', () => {
  it('gives contact persons their own German lines, which find the customer and name the person', async () => {
    const lines = await sql<{ customer_number: string; name: string; display: string; normalized: string }>`
      select o.customer_number, c.name, p.display, p.normalized
      from phone_numbers p join contacts c on c.id = p.contact_id join organisations o on o.id = p.org_id
      where c.kind = 'general' order by o.customer_number, p.display`;
    expect(lines.map((l) => [l.customer_number, l.name])).toEqual(
      expect.arrayContaining([
        [demoOrgs.current, 'Anna Becker'],
        [demoOrgs.current, 'Jonas Wolf'],
        [demoOrgs.none, 'Lena Krause'],
      ]),
    );
    for (const line of lines) {
      expect(line.normalized, line.display).toMatch(/^\+49[1-9]\d{6,12}$/);
      expect(normalizePhone(line.display)).toBe(line.normalized);
    }
    // Anna Becker's mobile, typed as a caller ID shows it, finds Bäckerei Hofmann.
    const support = await actorFor(demoAccounts.support);
    const search = await searchCustomers(contextFor(support), searchCustomersInput.parse({ q: '+49 171 4839202' }));
    expect(search.hits.map((h) => [h.customerNumber, h.matchedBy])).toEqual([[demoOrgs.current, 'phone']]);
  });

  it('gives the demo customer remote-support sessions its people can see, and a refusal only staff see', async () => {
    const orgId = (await sql<{ id: string }>`select id from organisations where customer_number = ${demoOrgs.current}`)[0]!.id;
    const customer = await actorFor(demoAccounts.signatory);
    const seen = await listRemoteSessions(contextFor(customer), { orgId });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const session of seen) {
      expect(session.outcome).toBe('granted');
      expect(session.endedAt!.getTime()).toBeGreaterThan(session.startedAt.getTime());
      expect(session.agent).toBe('Tobias Brandt');
    }
    const support = await actorFor(demoAccounts.support);
    const all = await listRemoteSessions(contextFor(support), { orgId, includeRefused: true });
    expect(all.filter((s) => s.outcome === 'refused')).toEqual([expect.objectContaining({ ticketReference: 'T-2198' })]);
    // Each session ran under the agreement in force on its day; the refusal came before the first.
    const [check] = await sql<{ ok: boolean }>`
      select bool_and(case when r.outcome = 'granted' then a.signed_at <= r.created_at else r.created_at < (select min(signed_at) from agreements where org_id = r.org_id) end) as ok
      from remote_support_authorisations r left join agreements a on a.id = r.agreement_id where r.org_id = ${orgId}`;
    expect(check!.ok).toBe(true);
  });

  it('puts the named demo organisations in the states the README and the e2e tests promise', async () => {
    const states = await statesByCustomerNumber();
    expect(states.get(demoOrgs.current)).toBe('current');
    expect(states.get(demoOrgs.none)).toBe('none');
    expect(states.get(demoOrgs.outdated)).toBe('outdated');
    expect(states.get(demoOrgs.notEligible)).toBe('not_eligible');
    const perState = new Map<string, number>();
    for (const state of states.values()) perState.set(state, (perState.get(state) ?? 0) + 1);
    expect(states.size).toBeGreaterThanOrEqual(20);
    for (const state of ['current', 'outdated', 'none', 'not_eligible']) {
      expect(perState.get(state), state).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives the demo accounts their roles', async () => {
    const staff = await sql<{ email: string; role: string }>`
      select u.email, s.role from staff_roles s join users u on u.id = s.user_id order by s.role`;
    expect(staff).toEqual([
      { email: demoAccounts.privacy, role: 'privacy' },
      { email: demoAccounts.support, role: 'support' },
      { email: demoAccounts.admin, role: 'admin' },
    ]);
    const members = await sql<{ email: string; role: string; customer_number: string }>`
      select u.email, m.role, o.customer_number from memberships m
      join users u on u.id = m.user_id join organisations o on o.id = m.org_id
      where u.email in (${demoAccounts.signatory}, ${demoAccounts.member}, ${demoAccounts.otherSignatory},
                        ${demoAccounts.outdatedSignatory}, ${demoNotEligibleSignatory})`;
    expect(members).toHaveLength(5);
    expect(members).toEqual(
      expect.arrayContaining([
        { email: demoAccounts.signatory, role: 'signatory', customer_number: demoOrgs.current },
        { email: demoAccounts.member, role: 'member', customer_number: demoOrgs.current },
        { email: demoAccounts.otherSignatory, role: 'signatory', customer_number: demoOrgs.none },
        { email: demoAccounts.outdatedSignatory, role: 'signatory', customer_number: demoOrgs.outdated },
        { email: demoNotEligibleSignatory, role: 'signatory', customer_number: demoOrgs.notEligible },
      ]),
    );
  });

  it('stores hashes that can be recomputed from the rows read back', async () => {
    const db = getDb();
    const templates = await db.select().from(dpaTemplateVersions);
    expect(templates.map((t) => t.version).sort()).toEqual([1, 2]);
    for (const t of templates) expect(t.contentSha256).toBe(hashTemplateContent(t));
    for (const t of await db.select().from(tomsVersions)) expect(t.contentSha256).toBe(hashTomsContent(t));
    const signed = await db.select().from(agreements);
    expect(signed.length).toBeGreaterThan(10);
    for (const a of signed) expect(a.annexSha256, a.id).toBe(hashAnnexSnapshot(a.annexSnapshot));
  });

  it('chains superseded agreements to the agreement that replaced them', async () => {
    const broken = await sql`
      select old.id from agreements old left join agreements new on new.id = old.superseded_by_id
      where old.status = 'superseded'
        and (new.id is null or new.org_id <> old.org_id or new.signed_at <> old.superseded_at)`;
    expect(broken).toEqual([]);
    const [superseded] = await sql<{ n: number }>`select count(*)::int as n from agreements where status = 'superseded'`;
    expect(superseded!.n).toBeGreaterThan(0);
  });

  it('stores phone numbers normalized as the support desk searches them', async () => {
    const phones = await sql<{ display: string; normalized: string }>`select display, normalized from phone_numbers`;
    for (const p of phones) expect(p.normalized, p.display).toBe(normalizePhone(p.display));
    const found = await sql<{ customer_number: string }>`
      select o.customer_number from phone_numbers p join organisations o on o.id = p.org_id
      where p.normalized = ${normalizePhone('(07022) 12 34-56')}`;
    expect(found).toEqual([{ customer_number: demoOrgs.current }]);
    expect(normalizePhone('0049 7022 123456')).toBe(demoPhone.normalized);
  });

  it('marks everything as sample data', async () => {
    const [real] = await sql<{ n: number }>`
      select (select count(*) from organisations where not is_sample)
           + (select count(*) from users where not is_sample)
           + (select count(*) from agreements where not is_sample)
           + (select count(*) from subprocessors where not is_sample)
           + (select count(*) from settings where not is_sample) as n`;
    expect(Number(real!.n)).toBe(0);
  });

  it('refuses a database that already holds data, and writes nothing', async () => {
    const [before] = await sql<{ n: number }>`select count(*)::int as n from users`;
    expect(await isDatabaseEmpty(getDb())).toBe(false);
    await expect(seedDemoData(getDb())).rejects.toThrow('The database already holds data; seed only an empty database');
    const [after] = await sql<{ n: number }>`select count(*)::int as n from users`;
    expect(after!.n).toBe(before!.n);
  });
});
