import { beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { demoOrganisations } from '@/scripts/demo-seed/organisations';
import { demoServices } from '@/scripts/demo-seed/services';
import { demoSubprocessors } from '@/scripts/demo-seed/subprocessors';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { announceChangeNotice } from '@/lib/change-notices/announce-change-notice';
import { applyDueChangeNotices } from '@/lib/change-notices/apply-due-change-notices';
import { createChangeNoticeSchema } from '@/lib/change-notices/change-notice-input';
import { addDays, localDate } from '@/lib/change-notices/compute-effective-date';
import { createChangeNotice } from '@/lib/change-notices/create-change-notice';
import type { UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { actorFor, contextFor, runAs, runAsSystem } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { createSubprocessor } from './create-subprocessor';
import { getOrgRegister } from './get-org-register';
import { annexForOrganisation, registerAsOf } from './get-register';
import { getStaffRegister } from './get-staff-register';
import { getSubprocessorForm } from './get-subprocessor-form';
import { listUpcomingChanges } from './list-upcoming-changes';
import { createSubprocessorSchema } from './subprocessor-input';
import { updateSubprocessor } from './update-subprocessor';

// The register as of any day, the customer's annex (booked services, accepted objections), the
// scheduled job that makes notices effective (twice at once), and the staff's maintenance.

let privacy: UserActor;
beforeAll(async () => {
  privacy = await actorFor(demoAccounts.privacy);
});
/** A use case run as privacy staff in one transaction (at `now`, when given). */
const asPrivacy = <T>(work: (ctx: Ctx) => Promise<T>, now?: Date) => runAs(privacy, work, { now });
/** A read as the pages make it (no transaction). */
const read = (now?: Date) => contextFor(privacy, { now });
const sub = (key: string) => seedId(`subprocessor:${key}`);
const service = (code: string) => seedId(`service:${code}`);
const org = (customerNumber: string) => seedId(`org:${customerNumber}`);
const DAY = 24 * 60 * 60 * 1000;
const today = localDate(new Date(), 'Europe/Berlin');
// The seed counts days back from midnight UTC of the seed day; the Berlin date is the same or one later.
const daysAgo = (n: number) => addDays(new Date().toISOString().slice(0, 10), -n);
const names = (rows: { legalName: string }[]) => rows.map((r) => r.legalName).sort();

/** Independently from the seed definitions: who was active `n` days ago (exclusive end). */
function expectedActive(n: number, filter: (s: (typeof demoSubprocessors)[number]) => boolean = () => true) {
  return demoSubprocessors
    .filter((s) => s.activeFromDaysAgo !== null && s.activeFromDaysAgo >= n && (s.activeUntilDaysAgo === undefined || s.activeUntilDaysAgo < n))
    .filter(filter)
    .map((s) => s.legalName)
    .sort();
}

describe('register', () => {
  it('shows the register of today and of a past day, with filters', async () => {
    expect(names(await registerAsOf(read(), { day: daysAgo(0) }))).toEqual(expectedActive(0));
    expect(names(await registerAsOf(read(), { day: daysAgo(300) }))).toEqual(expectedActive(300));
    expect(names(await registerAsOf(read(), { day: daysAgo(300) }))).toContain('Spamwall Filterdienste GmbH');
    expect(names(await registerAsOf(read(), { day: daysAgo(300) }))).not.toContain('Nordsee Mailsecurity GmbH');
    // The day of the replacement: the new filter is in, the old one out (active_until is exclusive).
    expect(names(await registerAsOf(read(), { day: daysAgo(200) }))).toEqual(expectedActive(200));
    expect(names(await registerAsOf(read(), { day: daysAgo(200) }))).not.toContain('Spamwall Filterdienste GmbH');
    expect(names(await registerAsOf(read(), { day: daysAgo(5000) }))).toEqual([]);

    expect(names(await registerAsOf(read(), { day: daysAgo(0), filters: { country: 'US' } }))).toEqual(expectedActive(0, (s) => s.country === 'US'));
    expect(names(await registerAsOf(read(), { day: daysAgo(0), filters: { safeguard: 'scc' } }))).toEqual(['Helpdeskly Inc.']);
    expect(names(await registerAsOf(read(), { day: daysAgo(0), filters: { serviceId: service('remote-support') } }))).toEqual(
      expectedActive(0, (s) => s.services.includes('remote-support')),
    );
  });

  it("gives a customer the register filtered to its booked personal-data services", async () => {
    const current = demoOrganisations.find((o) => o.customerNumber === demoOrgs.current)!;
    const personal = new Set(demoServices.filter((s) => s.processesPersonalData).map((s) => s.code));
    const booked = current.contracts.filter((c) => c.endedDaysAgo === undefined && personal.has(c.service)).map((c) => c.service);
    const annex = await annexForOrganisation(read(), { orgId: org(demoOrgs.current), day: daysAgo(0) });
    expect(names(annex)).toEqual(expectedActive(0, (s) => s.services.some((code) => booked.includes(code))));
    // Each entry lists only the organisation's own services.
    for (const entry of annex) expect(entry.services.every((s) => booked.includes(s.code as never))).toBe(true);
    expect(names(await annexForOrganisation(read(), { orgId: org(demoOrgs.notEligible), day: daysAgo(0) }))).toEqual([]);
    const filtered = await annexForOrganisation(read(), { orgId: org(demoOrgs.current), day: daysAgo(0), filters: { serviceId: service('remote-support') } });
    expect(names(filtered)).toEqual(expectedActive(0, (s) => s.services.includes('remote-support')));
  });

  it('gives each page its data: the customer its annex of today, staff the register and who may edit', async () => {
    const signatory = await actorFor(demoAccounts.signatory);
    const view = await getOrgRegister(contextFor(signatory), { orgId: org(demoOrgs.current), filters: {} });
    expect(view!.day).toBe(today);
    expect(names(view!.entries)).toEqual(names(await annexForOrganisation(read(), { orgId: org(demoOrgs.current), day: today })));
    expect(view!.countries).toEqual([...new Set(view!.entries.map((e) => e.country))].sort());
    expect(view!.bookedServices.length).toBeGreaterThan(0);
    // A stranger to the organisation learns nothing, not even that it exists.
    await expect(getOrgRegister(contextFor(signatory), { orgId: org(demoOrgs.none), filters: {} })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const staffView = await getStaffRegister(read(), { view: 'register', filters: {} });
    expect(staffView).toMatchObject({ day: today, canManage: true });
    expect(names(staffView.entries)).toEqual(names(await registerAsOf(read(), { day: today })));
    const support = await actorFor(demoAccounts.support);
    expect((await getStaffRegister(contextFor(support), { view: 'all', filters: { status: 'planned' } })).canManage).toBe(false);

    // The edit form shows a subprocessor in the form's own shape; parsed again it is unchanged.
    const form = await getSubprocessorForm(read(), { subprocessorId: sub('monitoring-saas') });
    expect(form!.subprocessor!.legalName).toBe(demoSubprocessors.find((s) => s.key === 'monitoring-saas')?.legalName);
    expect(createSubprocessorSchema.safeParse(form!.values).success).toBe(true);
    expect((await getSubprocessorForm(read(), {}))!.values.status).toBe('planned');
    expect(await getSubprocessorForm(read(), { subprocessorId: 'not-an-id' })).toBeNull();
    await expect(getSubprocessorForm(contextFor(support), {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('applies a due replacement once, even run twice at once, and an accepted objection keeps the old state', async () => {
    const { id: successor } = await asPrivacy((ctx) =>
      createSubprocessor(
        ctx,
        createSubprocessorSchema.parse({
          legalName: 'Ostsee Mailfilter AG',
          address: 'Hafenstraße 1, 18055 Rostock, Deutschland',
          country: 'de',
          purposeDe: 'Spam- und Virenfilterung',
          purposeEn: 'Spam and virus filtering',
          dataCategoriesDe: 'E-Mail-Inhalte\nIP-Adressen',
          dataCategoriesEn: 'E-mail content\nIP addresses',
          safeguard: 'eu_eea',
          status: 'planned',
          serviceIds: [service('email')],
        }),
      ),
    );
    // Announced 40 days ago for 5 days ago (a past announce, so that it is due now).
    const announcedAt = new Date(Date.now() - 40 * DAY);
    const effectiveDate = addDays(today, -5);
    const { id } = await asPrivacy((ctx) =>
      createChangeNotice(
        ctx,
        createChangeNoticeSchema.parse({
          kind: 'replace',
          subprocessorId: successor,
          replacesSubprocessorId: sub('mail-filter'),
          titleDe: 'Neuer Mailfilter',
          titleEn: 'New mail filter',
          descriptionDe: 'Wechsel des Mailfilters',
          descriptionEn: 'Change of the mail filter',
          serviceIds: [service('email')],
          effectiveDate,
        }),
      ),
    );
    await asPrivacy((ctx) => announceChangeNotice(ctx, { changeNoticeId: id, confirm: true }), announcedAt);
    expect((await listUpcomingChanges(read(new Date(announcedAt.getTime() + DAY)))).map((c) => c.changeNoticeId)).toContain(id);
    expect((await listUpcomingChanges(read())).map((c) => c.changeNoticeId)).not.toContain(id);

    // The current organisation objected and the provider accepted (a fixture row).
    const [notice] = await sql<{ id: string }>`select id from notices where change_notice_id = ${id} and org_id = ${org(demoOrgs.current)}`;
    expect(notice).toBeDefined();
    await sql`insert into objections (change_notice_id, notice_id, org_id, status, reason, decided_at)
      values (${id}, ${notice!.id}, ${org(demoOrgs.current)}, 'accepted', 'Wir bleiben beim bisherigen Filter.', now())`;

    const [first, second] = await Promise.all([runAsSystem(applyDueChangeNotices), runAsSystem(applyDueChangeNotices)]);
    expect([...first.applied, ...second.applied]).toEqual([id]);
    expect((await runAsSystem(applyDueChangeNotices)).applied).toEqual([]);
    const applied = await sql<{ n: number }>`select count(*)::int as n from audit_events where action = 'change_notice.applied' and target_id = ${id}`;
    expect(applied[0]!.n).toBe(1);
    const rows = await sql<{ id: string; status: string; active_from: string | null; active_until: string | null }>`
      select id, status, active_from::text, active_until::text from subprocessors where id in (${successor}, ${sub('mail-filter')})`;
    expect(rows.find((r) => r.id === successor)).toMatchObject({ status: 'active', active_from: effectiveDate, active_until: null });
    expect(rows.find((r) => r.id === sub('mail-filter'))).toMatchObject({ status: 'retired', active_until: effectiveDate });

    // The register changed; the objecting organisation keeps the old filter, another gets the new one.
    expect(names(await registerAsOf(read(), { day: today }))).toContain('Ostsee Mailfilter AG');
    expect(names(await registerAsOf(read(), { day: today }))).not.toContain('Nordsee Mailsecurity GmbH');
    const objecting = names(await annexForOrganisation(read(), { orgId: org(demoOrgs.current), day: today }));
    expect(objecting).toContain('Nordsee Mailsecurity GmbH');
    expect(objecting).not.toContain('Ostsee Mailfilter AG');
    const other = names(await annexForOrganisation(read(), { orgId: org(demoOrgs.none), day: today }));
    expect(other).toContain('Ostsee Mailfilter AG');
    expect(other).not.toContain('Nordsee Mailsecurity GmbH');
    // Before the effective date both see the old state.
    const before = addDays(effectiveDate, -1);
    expect(names(await annexForOrganisation(read(), { orgId: org(demoOrgs.none), day: before }))).toContain('Nordsee Mailsecurity GmbH');
    expect(names(await annexForOrganisation(read(), { orgId: org(demoOrgs.current), day: before }))).not.toContain('Ostsee Mailfilter AG');
  });

  it('privacy staff correct a subprocessor; the audit event names old and new values', async () => {
    const form = {
      legalName: 'Wachturm Monitoring ApS',
      address: 'Strandgade 91, 1401 København K, Dänemark',
      country: 'DK',
      purposeDe: 'Verfügbarkeitsprüfungen',
      purposeEn: 'Availability checks',
      dataCategoriesDe: 'IP-Adressen',
      dataCategoriesEn: 'IP addresses',
      safeguard: 'eu_eea',
      website: 'https://www.wachturm-monitoring.example',
      status: 'active',
      activeFrom: daysAgo(1000),
      serviceIds: [service('monitoring')],
    };
    const input = createSubprocessorSchema.parse(form);
    const result = await asPrivacy((ctx) => updateSubprocessor(ctx, { subprocessorId: sub('monitoring-saas'), ...input }));
    expect(result.changed).toBe(true);
    const [audit] = await sql<{ details: { changes: Record<string, { from: unknown; to: unknown }> } }>`
      select details from audit_events where action = 'subprocessor.updated' and target_id = ${sub('monitoring-saas')}`;
    expect(Object.keys(audit!.details.changes).sort()).toEqual(['dataCategories', 'purpose', 'serviceIds']);
    const links = await sql<{ service_id: string }>`select service_id from subprocessor_services where subprocessor_id = ${sub('monitoring-saas')}`;
    expect(links.map((l) => l.service_id)).toEqual([service('monitoring')]);

    // Bad input gets field messages; the schema names each field.
    const bad = createSubprocessorSchema.safeParse({ ...form, country: 'Deutschland', safeguard: 'scc', status: 'retired', serviceIds: [] });
    expect(bad.success).toBe(false);
    const fields = bad.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`).sort();
    expect(fields).toEqual([
      'activeUntil:register.error.activeUntilRequired',
      'country:register.error.country',
      'safeguardNote:register.error.safeguardNote',
      'serviceIds:register.error.servicesRequired',
    ]);
  });
});
