import type { AnnexContactPerson, AnnexSnapshot, TomsSections } from '@/db/schema';
import { TOMS_SECTION_ORDER } from '@/lib/toms/toms-sections';
import type { ContractFillData } from './fill-template';
import type { DocumentBlock } from './dpa-document';
import { documentLabels, SAFEGUARDS, type DocumentLocale, type Safeguard } from './dpa-document-labels';
import { dateTimeFormat } from '@/lib/i18n/intl-cache';

// Annexes I-IV of the DPA, built from the agreement's annex snapshot and TOMs version, so that a
// signed agreement's annexes can be rebuilt word for word from what was stored at signing.

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export function annexHeading(locale: DocumentLocale, index: 0 | 1 | 2 | 3): DocumentBlock {
  const labels = documentLabels[locale];
  return { type: 'annex', anchor: `annex-${index + 1}`, label: labels.annex(ROMAN[index]), text: labels.annexTitles[index] };
}

/** One contact person on one line: name, Funktion (or the list they come from), e-mail, phone. */
function personLine(locale: DocumentLocale, person: AnnexContactPerson): string {
  const l = documentLabels[locale];
  const position = person.position?.trim() || l.contactRole[person.role];
  return [person.name?.trim(), position, person.email, person.phone].filter(Boolean).join(', ');
}

/** A local calendar date ('YYYY-MM-DD') as the document's language writes it. */
function longDate(locale: DocumentLocale, date: string): string {
  return dateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/**
 * Annex I as the EU clauses' Annex I asks (issue 13): each party with its contact persons and the
 * signature and date. A snapshot frozen before contact persons were recorded keeps its old rows.
 */
export function annexParties(locale: DocumentLocale, parties: ContractFillData, annex: Pick<AnnexSnapshot, 'contactPersons' | 'signature'> = {}): DocumentBlock[] {
  const l = documentLabels[locale];
  const { customer, provider } = parties;
  const { contactPersons, signature } = annex;
  const customerContacts = contactPersons?.customer.length ? contactPersons.customer.map((p) => personLine(locale, p)) : l.contactsValue;
  const date = signature ? longDate(locale, signature.date) : null;
  const signatureRows = contactPersons
    ? {
        customer: [{ label: l.signature, value: signature ? l.customerSigned({ ...signature, email: signature.email ?? '–', date: date! }) : l.customerNotSigned }],
        provider: [{ label: l.signature, value: date ? l.providerSigned({ provider: provider.name, date }) : l.providerNotSigned }],
      }
    : { customer: [], provider: [] };
  return [
    annexHeading(locale, 0),
    { type: 'subheading', text: l.customerHeading },
    {
      type: 'fields',
      rows: [
        { label: l.name, value: customer.legalName },
        { label: l.address, value: customer.address },
        { label: l.customerNumber, value: customer.customerNumber },
        { label: contactPersons ? l.contactPersons : l.contacts, value: customerContacts },
        ...signatureRows.customer,
      ],
    },
    { type: 'subheading', text: l.providerHeading },
    {
      type: 'fields',
      rows: [
        { label: l.name, value: provider.name },
        { label: l.address, value: provider.address },
        { label: l.managingDirector, value: provider.managingDirector },
        contactPersons
          ? { label: l.contactPersons, value: contactPersons.provider.map((p) => personLine(locale, p)) }
          : { label: l.dpo, value: [provider.dpoName, provider.dpoEmail] },
        ...signatureRows.provider,
      ],
    },
  ];
}

export function annexProcessing(locale: DocumentLocale, services: AnnexSnapshot['services']): DocumentBlock[] {
  const l = documentLabels[locale];
  const blocks: DocumentBlock[] = [annexHeading(locale, 1), { type: 'paragraph', text: l.annex2Intro }];
  if (services.length === 0) blocks.push({ type: 'paragraph', text: l.noServices });
  services.forEach((service, i) => {
    // Snapshots from before issue 13 name nature and purpose in one field and nothing else.
    const rows = service.nature
      ? [
          { label: l.nature, value: service.nature[locale] },
          { label: l.purposeOnly, value: service.purpose[locale] },
          { label: l.dataCategories, value: service.dataCategories.map((c) => c[locale]) },
          {
            label: l.specialCategories,
            value: service.specialCategories?.length ? service.specialCategories.map((c) => c[locale]) : l.noSpecialCategories,
          },
          { label: l.dataSubjects, value: service.dataSubjects.map((s) => s[locale]) },
          ...(service.duration ? [{ label: l.duration, value: service.duration[locale] }] : []),
          ...(service.retention ? [{ label: l.retention, value: service.retention[locale] }] : []),
        ]
      : [
          { label: l.purpose, value: service.purpose[locale] },
          { label: l.dataCategories, value: service.dataCategories.map((c) => c[locale]) },
          { label: l.dataSubjects, value: service.dataSubjects.map((s) => s[locale]) },
        ];
    blocks.push({ type: 'subheading', text: `${i + 1}. ${service.name[locale]}`, anchor: `annex-2-${service.code}` }, { type: 'fields', rows });
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
