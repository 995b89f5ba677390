import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agreements, contracts, dpaTemplateVersions, organisations, services } from '@/db/schema';
import { buildAnnexSnapshot } from './build-annex-snapshot';
import { buildDpaDocument } from './build-dpa-document';
import { readOrganisationSnapshot } from '@/lib/orgs/organisation-snapshot';
import { updateOrganisationSchema } from '@/lib/orgs/organisation-input';
import { updateOrganisation } from '@/lib/orgs/update-organisation';
import { getServiceForm } from '@/lib/services/list-services-admin';
import { updateService } from '@/lib/services/save-service';
import { updateServiceSchema } from '@/lib/services/service-input';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import type { DpaDocument } from './dpa-document';
import { hashContract } from './frozen-terms';
import { getDpaReview } from './get-dpa-review';
import { hashAnnexSnapshot } from './hash-annex-snapshot';
import { PROFESSIONAL_SECRECY_CLAUSE } from './professional-secrecy-clause';
import { signAgreement } from './sign-agreement';

// Issue 13 leftovers: the professional-secrecy clause per organisation (flag on: in the review, the
// frozen contract text and its hash, the snapshot and the PDF; flag off: nowhere), Annex I with
// both parties' contact persons and the signature and date, Annex II with the service settings'
// special categories, nature, duration and retention. PDFs are read with pdftotext.

const CLAUSE_DE = 'Zusatzvereinbarung zum Schutz von Berufsgeheimnissen';
const CLAUSE_EN = 'Supplementary agreement on the protection of professional secrets';

function pdfText(pdf: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annex-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.pdf'), pdf);
    // Without -layout: running text, so a phrase broken over two lines reads as one after squashing.
    return execFileSync('pdftotext', ['a.pdf', '-'], { cwd: dir, encoding: 'utf8' }).replace(/\u00ad/g, '').replace(/-\n/g, '-').replace(/\s+/g, ' ');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const blocksText = (document: DpaDocument) =>
  document.blocks
    .map((b) => ('text' in b ? b.text : b.type === 'fields' ? b.rows.map((r) => `${r.label}: ${[r.value].flat().join(' | ')}`).join('\n') : ''))
    .join('\n');

async function orgIdOf(customerNumber: string) {
  const [org] = await getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.customerNumber, customerNumber));
  return org!.id;
}

async function sign(email: string, orgId: string, locale: 'de' | 'en', fullName: string, position: string) {
  const versions = await getDb().select({ id: dpaTemplateVersions.id, version: dpaTemplateVersions.version }).from(dpaTemplateVersions).where(eq(dpaTemplateVersions.status, 'published'));
  const latest = versions.reduce((a, b) => (b.version > a.version ? b : a));
  const signer = await actorFor(email);
  const result = await runAs(signer, (ctx) => signAgreement(ctx, { orgId, templateVersionId: latest.id, fullName, position, confirmAuthority: true, locale }));
  const [row] = await getDb().select().from(agreements).where(eq(agreements.id, result.agreementId));
  return row!;
}

/** An admin gives a service booked by `orgId` its own Annex II wording, through the service form's schema. */
async function describeService(orgId: string) {
  const admin = await actorFor(demoAccounts.admin);
  const [booked] = await getDb()
    .select({ id: services.id })
    .from(contracts)
    .innerJoin(services, eq(services.id, contracts.serviceId))
    .where(and(eq(contracts.orgId, orgId), eq(contracts.status, 'active'), eq(services.processesPersonalData, true)))
    .orderBy(services.code)
    .limit(1);
  const form = (await getServiceForm(contextFor(admin), { serviceId: booked!.id }))!;
  await runAs(admin, (ctx) =>
    updateService(
      ctx,
      updateServiceSchema.parse({
        ...form.values,
        processesPersonalData: 'on',
        serviceId: booked!.id,
        specialCategoriesDe: 'Gesundheitsdaten in Patientenakten',
        specialCategoriesEn: 'Health data in patient records',
        natureDe: 'Speichern, Sichern und Wiederherstellen',
        natureEn: 'Storing, backing up and restoring',
        durationDe: 'Bis zum Ende des Hostingvertrags',
        durationEn: 'Until the hosting contract ends',
        retentionDe: 'Löschung 30 Tage nach Vertragsende',
        retentionEn: 'Deletion 30 days after the contract ends',
      }),
    ),
  );
}

let secrecyOrg = '';
let plainOrg = '';

beforeAll(async () => {
  secrecyOrg = await orgIdOf(demoOrgs.none);
  plainOrg = await orgIdOf(demoOrgs.outdated);
  // Before anything is signed: one of the services the plain organisation books gets its own wording.
  await describeService(plainOrg);
});

describe('the professional-secrecy clause', () => {
  it('is offered per organisation: the admin sets the flag on the organisation form', async () => {
    const admin = await actorFor(demoAccounts.admin);
    const values = (await readOrganisationSnapshot(contextFor(admin), secrecyOrg))!;
    // Before: the review's document has no clause.
    const before = (await getDpaReview(contextFor(await actorFor(demoAccounts.otherSignatory)), { orgId: secrecyOrg }))!;
    expect(blocksText(before.document!)).not.toMatch(new RegExp(`${CLAUSE_DE}|${CLAUSE_EN}`));
    expect(before.professionalSecrecy).toBe(false);

    const form = {
      orgId: secrecyOrg,
      customerNumber: values.customerNumber,
      legalName: values.legalName,
      street: values.street,
      postalCode: values.postalCode,
      city: values.city,
      country: values.country,
      locale: values.locale,
      professionalSecrecy: 'on',
    };
    const result = await runAs(admin, (ctx) => updateOrganisation(ctx, updateOrganisationSchema.parse(form)));
    expect(result.changed).toBe(true);
    const [org] = await getDb().select({ flag: organisations.professionalSecrecy }).from(organisations).where(eq(organisations.id, secrecyOrg));
    expect(org!.flag).toBe(true);
  });

  it('flag on: the review, the frozen contract text and hash, the snapshot and the PDF (German governing text too) carry it', async () => {
    const review = (await getDpaReview(contextFor(await actorFor(demoAccounts.otherSignatory)), { orgId: secrecyOrg }))!;
    expect(review.professionalSecrecy).toBe(true);
    const text = blocksText(review.document!);
    expect(text).toContain(review.document!.locale === 'de' ? CLAUSE_DE : CLAUSE_EN);
    expect(text).toMatch(/§ 43e BRAO|section 43e BRAO/);

    const row = await sign(demoAccounts.otherSignatory, secrecyOrg, 'en', 'Lena Krause', 'Rechtsanwältin, Partnerin');
    expect(row.annexSnapshot.professionalSecrecyClause).toEqual(PROFESSIONAL_SECRECY_CLAUSE);
    expect(row.annexSha256).toBe(hashAnnexSnapshot(row.annexSnapshot));
    expect(row.contractText!.de).toContain(CLAUSE_DE);
    expect(row.contractText!.en).toContain(CLAUSE_EN);
    expect(row.contractSha256).toBe(hashContract({ noticePeriodDays: row.noticePeriodDays! }, row.contractText!));

    const pdf = pdfText(row.pdf!);
    expect(pdf).toContain(CLAUSE_EN);
    // Signed in English: the governing German text in the same file carries the clause as well.
    expect(pdf).toContain(CLAUSE_DE);
    expect(pdf).toContain('section 43e BRAO');
    expect(pdf).toContain('§ 62a StBerG');
  });

  it('flag off: neither the contract text nor the PDF has it', async () => {
    const row = await sign(demoAccounts.outdatedSignatory, plainOrg, 'de', 'Mehmet Yilmaz', 'Geschäftsführer');
    expect(row.annexSnapshot.professionalSecrecyClause).toBeUndefined();
    expect(row.contractText!.de).not.toContain(CLAUSE_DE);
    const pdf = pdfText(row.pdf!);
    expect(pdf).not.toContain(CLAUSE_DE);
    expect(pdf).not.toContain('§ 43e BRAO');
  });
});

describe('Annex I and Annex II', () => {
  let row: typeof agreements.$inferSelect;

  beforeAll(async () => {
    row = (await getDb().select().from(agreements).where(and(eq(agreements.orgId, plainOrg), eq(agreements.status, 'active'))))[0]!;
  });

  it('the review of an unsigned agreement shows where the signature goes', async () => {
    // What the review builds before signing: today's snapshot, which has no signature yet.
    const admin = await actorFor(demoAccounts.admin);
    const annex = (await buildAnnexSnapshot(contextFor(admin), plainOrg))!;
    expect(annex.snapshot.signature).toBeUndefined();
    const [template] = await getDb().select().from(dpaTemplateVersions).where(eq(dpaTemplateVersions.id, row.templateVersionId));
    const document = buildDpaDocument({
      template: template!,
      toms: { version: 1, sections: { confidentiality: [], integrity: [], availability: [], restore: [], testing: [] } },
      annex: annex.snapshot,
      settings: { noticePeriodDays: 30 },
      locale: 'en',
    });
    const text = blocksText(document);
    expect(text).toContain('Signature and date: Not signed yet');
    expect(text).toContain('Completed on conclusion');
  });

  it('Annex I names both parties’ contact persons and, once signed, the signer and the date', async () => {
    const snapshot = row.annexSnapshot;
    expect(snapshot.contactPersons!.customer.some((p) => p.role === 'signatory' && p.email === demoAccounts.outdatedSignatory)).toBe(true);
    expect(snapshot.contactPersons!.provider.map((p) => p.role)).toEqual(['dpo', 'support']);
    expect(snapshot.signature).toMatchObject({ name: 'Mehmet Yilmaz', position: 'Geschäftsführer', email: demoAccounts.outdatedSignatory });
    expect(snapshot.signature!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const review = (await getDpaReview(contextFor(await actorFor(demoAccounts.outdatedSignatory)), { orgId: plainOrg }))!;
    expect(review.agreement?.isCurrent).toBe(true);
    expect(blocksText(review.document!)).toMatch(/Mehmet Yilmaz, Geschäftsführer \(m\.yilmaz@yilmaz-logistik\.example\), (in einem elektronischen Format|signed in an electronic format)/);

    const pdf = pdfText(row.pdf!);
    expect(pdf).toContain('Unterschrift und Datum');
    expect(pdf).toContain('Mehmet Yilmaz, Geschäftsführer (m.yilmaz@yilmaz-logistik.example)');
    expect(pdf).toContain(snapshot.contactPersons!.provider[0]!.email);
    expect(pdf).toContain('elektronische Siegel des Auftragnehmers');
  });

  it('Annex II holds the service settings’ special categories, nature, duration and retention, in the snapshot and the PDF', async () => {
    const described = row.annexSnapshot.services.find((s) => s.specialCategories?.length)!;
    expect(described).toMatchObject({
      specialCategories: [{ de: 'Gesundheitsdaten in Patientenakten', en: 'Health data in patient records' }],
      nature: { de: 'Speichern, Sichern und Wiederherstellen', en: 'Storing, backing up and restoring' },
      duration: { de: 'Bis zum Ende des Hostingvertrags', en: 'Until the hosting contract ends' },
      retention: { de: 'Löschung 30 Tage nach Vertragsende', en: 'Deletion 30 days after the contract ends' },
    });
    // Services without their own wording get the standard one, frozen in both languages.
    for (const service of row.annexSnapshot.services) {
      expect(service.nature?.de).toBeTruthy();
      expect(service.duration?.en).toBeTruthy();
      expect(service.retention?.de).toBeTruthy();
    }
    const pdf = pdfText(row.pdf!);
    for (const phrase of [
      'Art der Verarbeitung',
      'Speichern, Sichern und Wiederherstellen',
      'Besondere Kategorien personenbezogener Daten',
      'Gesundheitsdaten in Patientenakten',
      'Dauer der Verarbeitung',
      'Bis zum Ende des Hostingvertrags',
      'Aufbewahrung und Löschung',
      'Löschung 30 Tage nach Vertragsende',
    ]) {
      expect(pdf).toContain(phrase);
    }
  });
});
