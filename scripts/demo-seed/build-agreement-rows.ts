import type { agreements, AnnexSnapshot } from '@/db/schema';
import { hashAnnexSnapshot } from '@/lib/dpa/hash-annex-snapshot';
import { orgId, userId } from './build-organisation-rows';
import type { DemoOrganisation, DemoSignature } from './organisations';
import { demoSettings } from './provider';
import type { DemoService } from './services';
import type { DemoSubprocessor } from './subprocessors';
import { seedId, sha256Hex, type SeedClock } from './seed-helpers';
import { dpaVersionId, publishedDaysAgo, tomsVersionId } from './versions';
import { annexParties, annexSubprocessor } from '@/lib/dpa/annex-parties';

// Sample agreements look like ones the signing flow would have produced, including the annex as
// it stood on the day of signing (so an agreement signed before the e-mail filter was replaced
// still names the old one). Only the demo customer's active agreement gets a PDF (render-sample-pdf.ts).

const consentText = {
  de: (legalName: string) =>
    `Ich bestätige, dass ich berechtigt bin, ${legalName} zu vertreten, und schließe den Vertrag zur Auftragsverarbeitung mit seinen Anlagen in der angezeigten Fassung ab.`,
  en: (legalName: string) =>
    `I confirm that I am authorised to represent ${legalName} and conclude the data processing agreement with its annexes in the version shown.`,
};

const userAgents = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
];

type Catalogue = {
  services: (DemoService & { id: string })[];
  subprocessors: (DemoSubprocessor & { id: string })[];
};

const agreementId = (customerNumber: string, index: number) => seedId(`agreement:${customerNumber}:${index}`);

/** Active on that day: engaged on or before it and not yet retired. */
const activeOn = (sub: DemoSubprocessor, daysAgo: number) =>
  sub.activeFromDaysAgo !== null &&
  sub.activeFromDaysAgo >= daysAgo &&
  (sub.activeUntilDaysAgo === undefined || sub.activeUntilDaysAgo < daysAgo);

export function buildAnnexSnapshot(org: DemoOrganisation, daysAgo: number, catalogue: Catalogue): AnnexSnapshot {
  const booked = new Set(
    org.contracts
      .filter((c) => c.startedDaysAgo >= daysAgo && (c.endedDaysAgo === undefined || c.endedDaysAgo < daysAgo))
      .map((c) => c.service),
  );
  const services = catalogue.services.filter((s) => s.processesPersonalData && booked.has(s.code));
  const codes = new Set(services.map((s) => s.code));
  const subprocessors = catalogue.subprocessors
    .filter((sub) => activeOn(sub, daysAgo) && sub.services.some((code) => codes.has(code)))
    .sort((a, b) => a.legalName.localeCompare(b.legalName, 'de'));
  return {
    parties: annexParties(demoSettings, org),
    services: services.map((s) => ({
      code: s.code,
      name: s.name,
      dataCategories: s.dataCategories,
      dataSubjects: s.dataSubjects,
      purpose: s.purpose,
    })),
    subprocessors: subprocessors.map(annexSubprocessor),
  };
}

/** Refuses definitions that could not have happened, so later edits to the data stay consistent. */
function checkSignature(org: DemoOrganisation, signature: DemoSignature) {
  const person = org.people.find((p) => p.email === signature.signer);
  if (!person || person.role !== 'signatory') {
    throw new Error(`${org.customerNumber}: ${signature.signer} is not a signatory of the organisation`);
  }
  const published: Record<number, number> = publishedDaysAgo.dpa;
  const successorPublished = published[signature.version + 1] ?? -Infinity;
  if (signature.daysAgo >= published[signature.version]! || signature.daysAgo <= successorPublished) {
    throw new Error(`${org.customerNumber}: v${signature.version} was not the current DPA version ${signature.daysAgo} days ago`);
  }
  return person;
}

export function buildAgreementRows(demoOrganisations: DemoOrganisation[], catalogue: Catalogue, clock: SeedClock) {
  const rows: (typeof agreements.$inferInsert)[] = [];
  let counter = 0;
  for (const org of demoOrganisations) {
    const signatures = (org.signatures ?? []).map((signature) => {
      counter += 1;
      // Spread over the working day so the list of signing times does not look machine-made.
      const signedAt = clock.daysAgo(signature.daysAgo, 8 + (counter % 9), (counter * 7) % 60);
      return { ...signature, counter, signedAt, person: checkSignature(org, signature) };
    });
    signatures.forEach(({ person, counter: n, signedAt, ...signature }, index) => {
      const locale = person.locale ?? 'de';
      const annexSnapshot = buildAnnexSnapshot(org, signature.daysAgo, catalogue);
      const next = signatures[index + 1];
      const terminated = !next && org.terminatedDaysAgo !== undefined;
      rows.push({
        id: agreementId(org.customerNumber, index),
        orgId: orgId(org.customerNumber),
        templateVersionId: dpaVersionId(signature.version),
        tomsVersionId: tomsVersionId(1),
        status: next ? 'superseded' : terminated ? 'terminated' : 'active',
        annexSnapshot,
        annexSha256: hashAnnexSnapshot(annexSnapshot),
        signerUserId: userId(person.email),
        signerName: person.name,
        signerPosition: person.position,
        authorityConfirmed: true,
        signedAt,
        ip: `192.0.2.${10 + n}`,
        userAgent: userAgents[n % userAgents.length]!,
        consentTextSha256: sha256Hex(consentText[locale](org.legalName)),
        locale,
        signerEmail: person.email,
        // The terms the sample was signed with (frozen; later settings changes do not alter them).
        noticePeriodDays: demoSettings.noticePeriodDays,
        pdf: null,
        pdfSha256: null,
        supersededAt: next ? next.signedAt : null,
        supersededById: next ? agreementId(org.customerNumber, index + 1) : null,
        terminatedAt: terminated ? clock.daysAgo(org.terminatedDaysAgo!, 12) : null,
        isSample: true,
        createdAt: signedAt,
      });
    });
  }
  return rows;
}
