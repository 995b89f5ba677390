import type { AnnexSnapshot, TomsSections } from '@/db/schema';
import { TOMS_SECTION_ORDER } from '@/lib/toms/toms-sections';
import type { ContractFillData } from './fill-template';
import type { DocumentBlock } from './dpa-document';
import { documentLabels, SAFEGUARDS, type DocumentLocale, type Safeguard } from './dpa-document-labels';

// Annexes I-IV of the DPA, built from the agreement's annex snapshot and TOMs version, so that a
// signed agreement's annexes can be rebuilt word for word from what was stored at signing.

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export function annexHeading(locale: DocumentLocale, index: 0 | 1 | 2 | 3): DocumentBlock {
  const labels = documentLabels[locale];
  return { type: 'annex', anchor: `annex-${index + 1}`, label: labels.annex(ROMAN[index]), text: labels.annexTitles[index] };
}

export function annexParties(locale: DocumentLocale, parties: ContractFillData): DocumentBlock[] {
  const l = documentLabels[locale];
  const { customer, provider } = parties;
  return [
    annexHeading(locale, 0),
    { type: 'subheading', text: l.customerHeading },
    {
      type: 'fields',
      rows: [
        { label: l.name, value: customer.legalName },
        { label: l.address, value: customer.address },
        { label: l.customerNumber, value: customer.customerNumber },
        { label: l.contacts, value: l.contactsValue },
      ],
    },
    { type: 'subheading', text: l.providerHeading },
    {
      type: 'fields',
      rows: [
        { label: l.name, value: provider.name },
        { label: l.address, value: provider.address },
        { label: l.managingDirector, value: provider.managingDirector },
        { label: l.dpo, value: [provider.dpoName, provider.dpoEmail] },
      ],
    },
  ];
}

export function annexProcessing(locale: DocumentLocale, services: AnnexSnapshot['services']): DocumentBlock[] {
  const l = documentLabels[locale];
  const blocks: DocumentBlock[] = [annexHeading(locale, 1), { type: 'paragraph', text: l.annex2Intro }];
  if (services.length === 0) blocks.push({ type: 'paragraph', text: l.noServices });
  services.forEach((service, i) => {
    blocks.push(
      { type: 'subheading', text: `${i + 1}. ${service.name[locale]}`, anchor: `annex-2-${service.code}` },
      {
        type: 'fields',
        rows: [
          { label: l.purpose, value: service.purpose[locale] },
          { label: l.dataCategories, value: service.dataCategories.map((c) => c[locale]) },
          { label: l.dataSubjects, value: service.dataSubjects.map((s) => s[locale]) },
        ],
      },
    );
  });
  return blocks;
}

export function annexToms(locale: DocumentLocale, toms: { version: number; sections: TomsSections }): DocumentBlock[] {
  const l = documentLabels[locale];
  const blocks: DocumentBlock[] = [annexHeading(locale, 2), { type: 'paragraph', text: l.annex3Intro(toms.version) }];
  TOMS_SECTION_ORDER.forEach((key, i) => {
    blocks.push({ type: 'section', text: `${i + 1}. ${l.toms[key]}`, anchor: `annex-3-${key}` });
    for (const measure of toms.sections[key] ?? []) blocks.push({ type: 'bullet', text: measure[locale] });
  });
  return blocks;
}

function isSafeguard(value: string): value is Safeguard {
  return (SAFEGUARDS as readonly string[]).includes(value);
}

export function annexSubprocessors(
  locale: DocumentLocale,
  subprocessors: AnnexSnapshot['subprocessors'],
  noticePeriodDays: number,
): DocumentBlock[] {
  const l = documentLabels[locale];
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  const blocks: DocumentBlock[] = [annexHeading(locale, 3), { type: 'paragraph', text: l.annex4Intro(noticePeriodDays) }];
  if (subprocessors.length === 0) return [...blocks, { type: 'paragraph', text: l.noSubprocessors }];
  const rows = subprocessors.map((sub) => {
    // An unknown safeguard would print as a raw code in a contract annex; refuse instead.
    if (!isSafeguard(sub.safeguard)) throw new Error(`Unknown transfer safeguard "${sub.safeguard}" for ${sub.legalName}`);
    const country = countries.of(sub.country) ?? sub.country;
    // Company with address and contact; activity with the data categories; safeguard with its note.
    const company = [sub.legalName, sub.address, sub.contact].filter(Boolean).join(', ');
    const categories = sub.dataCategories?.length ? ` (${l.dataCategories}: ${sub.dataCategories.map((c) => c[locale]).join(', ')})` : '';
    const safeguard = sub.safeguardNote ? `${l.safeguards[sub.safeguard]}: ${sub.safeguardNote}` : l.safeguards[sub.safeguard];
    return [company, `${country} (${sub.country})`, `${sub.purpose[locale]}${categories}`, safeguard];
  });
  const widths = [0.26, 0.16, 0.33, 0.25];
  const columns = l.annex4Columns.map((label, i) => ({ label, width: widths[i]! }));
  return [...blocks, { type: 'table', columns, rows }];
}
