import type { AnnexSnapshot } from '@/db/schema';
import { demoOrganisations } from '@/scripts/demo-seed/organisations';
import { demoSettings } from '@/scripts/demo-seed/provider';
import { demoServices } from '@/scripts/demo-seed/services';
import { demoSubprocessors } from '@/scripts/demo-seed/subprocessors';
import { dpaTemplateV2 } from '@/scripts/demo-seed/texts/dpa-template';
import { tomsV2 } from '@/scripts/demo-seed/texts/toms';
import type { BuildDpaDocumentInput } from '../build-dpa-document';
import type { DocumentLocale } from '../dpa-document-labels';
import { annexParties } from '@/lib/dpa/annex-parties';

// A realistic, fully booked DPA for tests and the benchmark: the demo provider and its first
// customer, every personal-data service, and the demo register (12 entries) plus three more, so that
// Annex IV lists 15 subprocessors (the size the benchmark names).

const extraSubprocessors: AnnexSnapshot['subprocessors'] = [
  {
    id: '00000000-0000-4000-8000-0000000000e1',
    legalName: 'Übersetzungsbüro Größer & Söhne GmbH',
    country: 'AT',
    purpose: { de: 'Übersetzung von Support-Tickets und Kundenkorrespondenz', en: 'Translation of support tickets and customer correspondence' },
    safeguard: 'eu_eea',
  },
  {
    id: '00000000-0000-4000-8000-0000000000e2',
    legalName: 'Cloudline Analytics Ltd.',
    country: 'GB',
    purpose: { de: 'Auswertung anonymisierter Leistungsmetriken der Server', en: 'Analysis of anonymised server performance metrics' },
    safeguard: 'adequacy',
  },
  {
    id: '00000000-0000-4000-8000-0000000000e3',
    legalName: 'Wisła Archiwum Sp. z o.o.',
    country: 'PL',
    purpose: { de: 'Revisionssichere Archivierung von E-Mails (verschlüsselt)', en: 'Audit-proof e-mail archiving (encrypted)' },
    safeguard: 'eu_eea',
  },
];

export function sampleAnnexSnapshot(subprocessorCount = 15): AnnexSnapshot {
  const org = demoOrganisations[0]!;
  return {
    parties: annexParties(demoSettings, org),
    services: demoServices
      .filter((s) => s.processesPersonalData)
      .map(({ code, name, dataCategories, dataSubjects, purpose }) => ({ code, name, dataCategories, dataSubjects, purpose })),
    subprocessors: [
      ...demoSubprocessors.map((sub, i) => ({
        id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
        legalName: sub.legalName,
        country: sub.country,
        purpose: sub.purpose,
        safeguard: sub.safeguard,
      })),
      ...extraSubprocessors,
    ]
      .slice(0, subprocessorCount)
      .sort((a, b) => a.legalName.localeCompare(b.legalName, 'de')),
  };
}

export function sampleDpaInput(locale: DocumentLocale): BuildDpaDocumentInput {
  return {
    template: { version: 2, title: dpaTemplateV2.title, body: dpaTemplateV2.body },
    toms: { version: 2, sections: tomsV2.sections },
    annex: sampleAnnexSnapshot(),
    settings: { noticePeriodDays: demoSettings.noticePeriodDays },
    locale,
  };
}
