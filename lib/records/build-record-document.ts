import type { DocumentBlock } from '@/lib/dpa/dpa-document';
import { documentLabels, type DocumentLocale } from '@/lib/dpa/dpa-document-labels';
import { translator } from '@/lib/i18n/translate';
import { TOMS_SECTION_ORDER } from '@/lib/toms/toms-sections';
import type { ProcessingRecord } from './get-processing-record';
import { dateTimeFormat } from '@/lib/i18n/intl-cache';

// The Art. 30(2) record as a document model of the same blocks as the DPA (title, sections,
// label/value fields, tables, bullets), so the DPA's layout and renderer print it unchanged.

export type RecordDocument = {
  locale: DocumentLocale;
  title: string;
  shortTitle: string;
  subject: string;
  providerName: string;
  blocks: DocumentBlock[];
};

/** A calendar day (YYYY-MM-DD) as the reader writes it: 14.03.2026 / 14 March 2026. */
export function formatDay(day: string, locale: DocumentLocale): string {
  return dateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: locale === 'de' ? 'medium' : 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export function formatMoment(date: Date, timeZone: string, locale: DocumentLocale): string {
  return dateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

const dayOf = (date: Date, timeZone: string, locale: DocumentLocale) =>
  dateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: locale === 'de' ? 'medium' : 'long', timeZone }).format(date);

export function buildRecordDocument(record: ProcessingRecord, locale: DocumentLocale): RecordDocument {
  const t = translator(locale);
  const labels = documentLabels[locale];
  const day = formatDay(record.day, locale);
  const { processor } = record;
  const serviceName = new Map(record.services.map((s) => [s.code, s.name[locale]]));
  const none = t('records.document.none');

  const blocks: DocumentBlock[] = [
    { type: 'title', text: t('records.document.title') },
    { type: 'paragraph', text: t('records.document.asOf', { day, generatedAt: formatMoment(record.generatedAt, record.timeZone, locale) }) },

    { type: 'section', text: t('records.document.processor') },
    {
      type: 'fields',
      rows: [
        { label: t('records.document.name'), value: processor.name },
        { label: t('records.document.address'), value: processor.address },
        { label: t('records.document.managingDirector'), value: processor.managingDirector },
        { label: t('records.document.dpo'), value: [processor.dpoName, processor.dpoEmail] },
        { label: t('records.document.contact'), value: [processor.supportEmail, processor.supportPhone] },
      ],
    },

    { type: 'section', text: t('records.document.controllers') },
    { type: 'paragraph', text: t('records.document.controllersIntro', { count: record.controllers.length }) },
  ];
  if (record.controllers.length > 0) {
    blocks.push({
      type: 'table',
      columns: [
        { label: t('records.document.colController'), width: 0.2 },
        { label: t('records.document.colContact'), width: 0.32 },
        { label: t('records.document.colAgreement'), width: 0.16 },
        { label: t('records.document.colServices'), width: 0.16 },
        { label: t('records.document.colTransfers'), width: 0.16 },
      ],
      // One item per contact, service and recipient; a recipient's safeguards stand in section 4.
      rows: record.controllers.map((c) => [
        `${c.legalName} (${c.customerNumber}), ${c.address}`,
        c.contacts.length > 0 ? c.contacts.map((k) => (k.name ? `${k.name}, ${k.email}` : k.email)) : none,
        t('records.document.agreementValue', {
          version: c.agreement.templateVersion,
          date: dayOf(c.agreement.signedAt, record.timeZone, locale),
          signer: c.agreement.signerName,
        }),
        c.serviceCodes.length > 0 ? c.serviceCodes.map((code) => serviceName.get(code) ?? code) : none,
        c.transfers.length > 0 ? c.transfers.map((tr) => `${tr.legalName} (${tr.country})`) : none,
      ]),
    });
  }

  blocks.push({ type: 'section', text: t('records.document.categories') }, { type: 'paragraph', text: t('records.document.categoriesIntro') });
  for (const service of record.services) {
    blocks.push(
      { type: 'subheading', text: service.name[locale] },
      {
        type: 'fields',
        rows: [
          { label: t('records.document.purpose'), value: service.purpose[locale] },
          { label: t('records.document.dataCategories'), value: service.dataCategories.map((c) => c[locale]) },
          { label: t('records.document.dataSubjects'), value: service.dataSubjects.map((c) => c[locale]) },
          { label: t('records.document.controllerCount'), value: String(service.controllerCount) },
        ],
      },
    );
  }

  blocks.push({ type: 'section', text: t('records.document.transfers') });
  if (record.transfers.length === 0) {
    blocks.push({ type: 'paragraph', text: t('records.document.noTransfers') });
  } else {
    blocks.push(
      { type: 'paragraph', text: t('records.document.transfersIntro') },
      {
        type: 'table',
        columns: [
          { label: t('records.document.colRecipient'), width: 0.3 },
          { label: t('records.document.colCountry'), width: 0.1 },
          { label: t('records.document.colSafeguard'), width: 0.4 },
          { label: t('records.document.colUsedFor'), width: 0.2 },
        ],
        rows: record.transfers.map((tr) => [
          `${tr.legalName}, ${tr.address}`,
          tr.country,
          [labels.safeguards[tr.safeguard], tr.safeguardNote].filter(Boolean).join('; '),
          tr.serviceCodes.map((code) => serviceName.get(code) ?? code).join('; '),
        ]),
      },
    );
  }

  blocks.push({ type: 'section', text: t('records.document.toms') });
  if (!record.toms) {
    blocks.push({ type: 'paragraph', text: t('records.document.noToms') });
  } else {
    const { toms } = record;
    blocks.push({
      type: 'paragraph',
      text: t('records.document.tomsIntro', { version: toms.version, date: toms.publishedAt ? dayOf(toms.publishedAt, record.timeZone, locale) : '–' }),
    });
    for (const key of TOMS_SECTION_ORDER) {
      blocks.push({ type: 'subheading', text: labels.toms[key] });
      for (const measure of toms.sections[key] ?? []) blocks.push({ type: 'bullet', text: measure[locale] });
    }
  }

  return {
    locale,
    title: t('records.document.title'),
    shortTitle: t('records.document.shortTitle', { day }),
    subject: t('records.document.subject', { provider: processor.name }),
    providerName: processor.name,
    blocks,
  };
}
