import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import {
  contracts,
  organisations,
  services,
  settings,
  subprocessors,
  subprocessorServices,
  tomsVersions,
  type AnnexSnapshot,
  type LocalizedText,
} from '@/db/schema';
import { demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { annexParties } from '@/lib/dpa/annex-parties';
import { buildDpaDocument } from '@/lib/dpa/build-dpa-document';
import type { DocumentLocale } from '@/lib/dpa/dpa-document-labels';
import { TemplatePlaceholderError } from '@/lib/dpa/fill-template';
import { assertAllowed, type VersionActor } from './version-actor';

/** The organisation a preview is filled with: the demo's K-10001, else the first customer. */
async function sampleOrganisation(db: Database | Tx) {
  const [byNumber] = await db.select().from(organisations).where(eq(organisations.customerNumber, demoOrgs.current)).limit(1);
  if (byNumber) return byNumber;
  const [first] = await db.select().from(organisations).orderBy(asc(organisations.customerNumber)).limit(1);
  return first ?? null;
}

/**
 * A template version filled in as a real organisation would see it, with today's annexes, so that
 * privacy staff see placeholders, headings and annexes come out right before they publish.
 */
export async function getDraftPreview(
  db: Database | Tx,
  actor: VersionActor,
  input: { template: { version: number; title: LocalizedText; body: LocalizedText }; locale: DocumentLocale },
) {
  assertAllowed(actor, 'versions.view');
  const [org, [provider], [toms]] = await Promise.all([
    sampleOrganisation(db),
    db.select().from(settings).where(eq(settings.id, 1)).limit(1),
    db.select().from(tomsVersions).where(eq(tomsVersions.status, 'published')).orderBy(desc(tomsVersions.version)).limit(1),
  ]);
  if (!org || !provider || !toms) return { ok: false as const, reason: 'no_sample' as const };

  const booked = await db
    .select({
      id: services.id,
      code: services.code,
      name: services.name,
      dataCategories: services.dataCategories,
      dataSubjects: services.dataSubjects,
      purpose: services.purpose,
    })
    .from(contracts)
    .innerJoin(services, eq(services.id, contracts.serviceId))
    .where(and(eq(contracts.orgId, org.id), eq(contracts.status, 'active'), eq(services.processesPersonalData, true)))
    .orderBy(asc(services.code));
  const subs = booked.length
    ? await db
        .selectDistinct({
          id: subprocessors.id,
          legalName: subprocessors.legalName,
          country: subprocessors.country,
          purpose: subprocessors.purpose,
          safeguard: subprocessors.safeguard,
        })
        .from(subprocessors)
        .innerJoin(subprocessorServices, eq(subprocessorServices.subprocessorId, subprocessors.id))
        .where(and(eq(subprocessors.status, 'active'), inArray(subprocessorServices.serviceId, booked.map((s) => s.id))))
        .orderBy(asc(subprocessors.legalName))
    : [];

  const annex: AnnexSnapshot = {
    parties: annexParties(provider, org),
    services: booked.map(({ id: _id, ...service }) => service),
    subprocessors: subs,
  };
  try {
    const document = buildDpaDocument({
      template: input.template,
      toms: { version: toms.version, sections: toms.sections },
      annex,
      settings: provider,
      locale: input.locale,
    });
    return { ok: true as const, document, org: { legalName: org.legalName, customerNumber: org.customerNumber } };
  } catch (error) {
    if (error instanceof TemplatePlaceholderError) return { ok: false as const, reason: 'placeholders' as const, message: error.message };
    throw error;
  }
}
