import { and, count, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import { auditEvents, contacts, contracts, organisations, phoneNumbers, services } from '@/db/schema';
import { addContractSchema, updateContractSchema } from '@/lib/contracts/contract-input';
import { addContract } from '@/lib/contracts/add-contract';
import { updateContract } from '@/lib/contracts/update-contract';
import type { UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { isAppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { isMessageKey, translator } from '@/lib/i18n/translate';
import { actorFor, runAs } from '@/lib/testing/context';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { archiveOrganisation } from './archive-organisation';
import { createOrganisation } from './create-organisation';
import { archiveOrganisationSchema, createOrganisationSchema, updateOrganisationSchema } from './organisation-input';
import { updateOrganisation } from './update-organisation';

// The admin's organisation and contract use cases through their schemas, as the action wrapper runs
// them: parse (field messages by key, read here in both languages), then one transaction.

let admin: UserActor;
let support: UserActor;
let hostingId: string;

type Outcome<T> = { ok: true; data: T } | { ok: false; fields: Record<string, string[]> };

async function submit<S extends z.ZodType, T>(actor: UserActor, schema: S, run: (ctx: Ctx, input: z.output<S>) => Promise<T>, raw: unknown, locale: Locale = 'de'): Promise<Outcome<T>> {
  const t = translator(locale);
  const say = (key: string) => (isMessageKey(key) ? t(key) : `UNTRANSLATED ${key}`);
  const parsed = await schema.safeParseAsync(raw);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[issue.path.join('.')] ??= []).push(say(issue.message));
    return { ok: false, fields };
  }
  try {
    return { ok: true, data: await runAs(actor, (ctx) => run(ctx, parsed.data)) };
  } catch (error) {
    if (!isAppError(error) || !error.fieldErrors) throw error;
    return { ok: false, fields: Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k, v.map(say)])) };
  }
}

async function tableCounts() {
  const db = getDb();
  const [[o], [c], [p], [k], [a]] = await Promise.all([
    db.select({ n: count() }).from(organisations),
    db.select({ n: count() }).from(contacts),
    db.select({ n: count() }).from(phoneNumbers),
    db.select({ n: count() }).from(contracts),
    db.select({ n: count() }).from(auditEvents),
  ]);
  return { organisations: o!.n, contacts: c!.n, phones: p!.n, contracts: k!.n, audit: a!.n };
}

const lastAudit = async (action: string) =>
  (await getDb().select().from(auditEvents).where(eq(auditEvents.action, action)).orderBy(desc(auditEvents.seq)).limit(1))[0];

const form = (over: Record<string, string> = {}) => ({
  customerNumber: 'K-20001',
  legalName: 'Schreinerei Vogel GmbH',
  street: 'Hauptstraße 5',
  postalCode: '72622',
  city: 'Nürtingen',
  country: 'de',
  locale: 'de',
  'phones.0.label': 'Zentrale',
  'phones.0.number': '07022 987654',
  'phones.1.label': '',
  'phones.1.number': '',
  'contacts.0.name': 'Eva Vogel',
  'contacts.0.email': 'Eva.Vogel@schreinerei-vogel.example',
  'contacts.1.name': '',
  'contacts.1.email': '',
  ...over,
});

beforeAll(async () => {
  admin = await actorFor(demoAccounts.admin);
  support = await actorFor(demoAccounts.support);
  const [hosting] = await getDb().select({ id: services.id }).from(services).where(eq(services.processesPersonalData, true)).limit(1);
  hostingId = hosting!.id;
});

describe('admin: organisations', () => {
  it('creates an organisation with a phone number (validated and normalised) and a general contact, audited', async () => {
    const result = await submit(admin, createOrganisationSchema, createOrganisation, form());
    expect(result.ok).toBe(true);
    const id = (result as { data: { id: string } }).data.id;
    const [org] = await getDb().select().from(organisations).where(eq(organisations.id, id));
    expect(org).toMatchObject({ customerNumber: 'K-20001', country: 'DE', locale: 'de', archivedAt: null });
    const phones = await getDb().select().from(phoneNumbers).where(eq(phoneNumbers.orgId, id));
    expect(phones).toEqual([expect.objectContaining({ label: 'Zentrale', display: '+49 7022 987654', normalized: '+497022987654' })]);
    const general = await getDb().select().from(contacts).where(and(eq(contacts.orgId, id), eq(contacts.kind, 'general')));
    expect(general.map((c) => c.email)).toEqual(['eva.vogel@schreinerei-vogel.example']);
    const event = await lastAudit('organisation.create');
    expect(event).toMatchObject({ orgId: id, actorUserId: admin.userId });
    expect(event!.details).toMatchObject({ before: null, after: { customerNumber: 'K-20001', legalName: 'Schreinerei Vogel GmbH' } });
  });

  it('refuses a duplicate customer number, a malformed phone number and e-mail with field messages in German and English, writing nothing', async () => {
    const before = await tableCounts();
    const duplicate = await submit(admin, createOrganisationSchema, createOrganisation, form({ customerNumber: demoOrgs.current, legalName: 'Other GmbH' }));
    expect(duplicate).toEqual({ ok: false, fields: { customerNumber: ['Diese Kundennummer gehört bereits zu einer anderen Organisation.'] } });
    const duplicateEn = await submit(admin, createOrganisationSchema, createOrganisation, form({ customerNumber: demoOrgs.current }), 'en');
    expect(duplicateEn).toEqual({ ok: false, fields: { customerNumber: ['This customer number already belongs to another organisation.'] } });

    const bad = { 'phones.0.number': '+49 12', 'contacts.0.email': 'eva.vogel@', customerNumber: 'K-20002' };
    const de = await submit(admin, createOrganisationSchema, createOrganisation, form(bad), 'de');
    expect(de.ok).toBe(false);
    expect((de as { fields: Record<string, string[]> }).fields).toEqual({
      'phones.0.number': ['Keine gültige Telefonnummer. Bitte mit Landesvorwahl angeben, z. B. +49 7022 123456.'],
      'contacts.0.email': ['Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@firma.de.'],
    });
    const en = await submit(admin, createOrganisationSchema, createOrganisation, form(bad), 'en');
    expect((en as { fields: Record<string, string[]> }).fields['phones.0.number']).toEqual([
      'Not a valid phone number. Write it with the country code, e.g. +49 7022 123456.',
    ]);
    expect((en as { fields: Record<string, string[]> }).fields['contacts.0.email']).toEqual(['Please enter a valid e-mail address, e.g. name@company.com.']);
    expect(await tableCounts()).toEqual(before);
  });

  it('edits an organisation and audits only the changed fields, before and after', async () => {
    const [org] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, 'K-20001'));
    const result = await submit(admin, updateOrganisationSchema, updateOrganisation, {
      ...form({ legalName: 'Schreinerei Vogel GmbH & Co. KG', 'phones.1.label': 'Werkstatt', 'phones.1.number': '+49 (0) 7022 55 66 77', locale: 'en' }),
      orgId: org!.id,
    });
    expect(result).toEqual({ ok: true, data: { id: org!.id, changed: true } });
    const event = await lastAudit('organisation.update');
    expect(event!.details).toEqual({
      before: { legalName: 'Schreinerei Vogel GmbH', locale: 'de', phones: [{ label: 'Zentrale', display: '+49 7022 987654' }] },
      after: {
        legalName: 'Schreinerei Vogel GmbH & Co. KG',
        locale: 'en',
        phones: [
          { label: 'Werkstatt', display: '+49 7022 556677' },
          { label: 'Zentrale', display: '+49 7022 987654' },
        ],
      },
    });
    // Saving the same values again changes nothing and writes no event.
    const audits = (await tableCounts()).audit;
    const again = await submit(admin, updateOrganisationSchema, updateOrganisation, {
      ...form({ legalName: 'Schreinerei Vogel GmbH & Co. KG', 'phones.1.label': 'Werkstatt', 'phones.1.number': '07022 556677', locale: 'en' }),
      orgId: org!.id,
    });
    expect(again).toEqual({ ok: true, data: { id: org!.id, changed: false } });
    expect((await tableCounts()).audit).toBe(audits);
  });

  it('refuses to give an organisation another one’s customer number', async () => {
    const [org] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, 'K-20001'));
    const before = await tableCounts();
    const result = await submit(admin, updateOrganisationSchema, updateOrganisation, { ...form({ customerNumber: demoOrgs.none }), orgId: org!.id }, 'en');
    expect(result).toEqual({ ok: false, fields: { customerNumber: ['This customer number already belongs to another organisation.'] } });
    expect(await tableCounts()).toEqual(before);
  });

  it('is for admins only: support staff are refused by the use case itself', async () => {
    const before = await tableCounts();
    await expect(runAs(support, (ctx) => createOrganisation(ctx, createOrganisationSchema.parse(form({ customerNumber: 'K-29999' }))))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await tableCounts()).toEqual(before);
  });
});

describe('admin: contracts', () => {
  let orgId: string;
  beforeAll(async () => {
    const [org] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, 'K-20001'));
    orgId = org!.id;
  });

  it('adds a contract for a service with start and end, audited', async () => {
    const result = await submit(admin, addContractSchema, addContract, { orgId, serviceId: hostingId, reference: 'V-2026-001', startsOn: '2026-01-01', endsOn: '' });
    expect(result.ok).toBe(true);
    const [row] = await getDb().select().from(contracts).where(eq(contracts.orgId, orgId));
    expect(row).toMatchObject({ reference: 'V-2026-001', startsOn: '2026-01-01', endsOn: null, status: 'active' });
    const event = await lastAudit('contract.create');
    expect(event!.details).toMatchObject({ before: null, after: { reference: 'V-2026-001', startsOn: '2026-01-01', endsOn: null, status: 'active' } });
  });

  it('refuses an end before the start (both languages) and a second active contract for the same service, writing nothing', async () => {
    const before = await tableCounts();
    const backwards = { orgId, serviceId: hostingId, reference: 'V-2', startsOn: '2026-05-01', endsOn: '2026-04-30' };
    expect(await submit(admin, addContractSchema, addContract, backwards)).toEqual({ ok: false, fields: { endsOn: ['Das Enddatum darf nicht vor dem Beginn liegen.'] } });
    expect(await submit(admin, addContractSchema, addContract, backwards, 'en')).toEqual({ ok: false, fields: { endsOn: ['The end date must not be before the start date.'] } });
    const twice = await submit(admin, addContractSchema, addContract, { ...backwards, endsOn: '' }, 'en');
    expect(twice).toEqual({ ok: false, fields: { serviceId: ['This organisation already has an active contract for this service.'] } });
    expect(await tableCounts()).toEqual(before);
  });

  it('ends a contract by its end date, audited before/after; a contract of another organisation is not found', async () => {
    const [row] = await getDb().select().from(contracts).where(eq(contracts.orgId, orgId));
    const now = new Date('2026-07-01T10:00:00Z');
    const ended = await runAs(admin, (ctx) => updateContract(ctx, updateContractSchema.parse({ orgId, contractId: row!.id, reference: row!.reference, startsOn: row!.startsOn, endsOn: '2026-06-30' })), { now });
    expect(ended.changed).toBe(true);
    const event = await lastAudit('contract.update');
    expect(event!.details).toMatchObject({ before: { endsOn: null, status: 'active' }, after: { endsOn: '2026-06-30', status: 'ended' } });

    const [foreign] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, demoOrgs.current));
    await expect(
      runAs(admin, (ctx) => updateContract(ctx, updateContractSchema.parse({ orgId: foreign!.id, contractId: row!.id, reference: 'x', startsOn: '2026-01-01', endsOn: '' }))),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const backwards = await submit(admin, updateContractSchema, updateContract, { orgId, contractId: row!.id, reference: 'x', startsOn: '2026-01-01', endsOn: '2025-12-31' });
    expect(backwards).toEqual({ ok: false, fields: { endsOn: ['Das Enddatum darf nicht vor dem Beginn liegen.'] } });
  });
});

describe('admin: archive', () => {
  it('archives an organisation once, audited; then it can no longer be edited', async () => {
    const [org] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, 'K-20001'));
    const input = archiveOrganisationSchema.parse({ orgId: org!.id });
    await runAs(admin, (ctx) => archiveOrganisation(ctx, input));
    const [row] = await getDb().select({ archivedAt: organisations.archivedAt }).from(organisations).where(eq(organisations.id, org!.id));
    expect(row!.archivedAt).not.toBeNull();
    expect((await lastAudit('organisation.archive'))!.details).toMatchObject({ before: { archivedAt: null } });
    await expect(runAs(admin, (ctx) => archiveOrganisation(ctx, input))).rejects.toMatchObject({ code: 'ALREADY_DONE' });
    await expect(runAs(admin, (ctx) => updateOrganisation(ctx, { ...createOrganisationSchema.parse(form()), orgId: org!.id }))).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
