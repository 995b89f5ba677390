import { documentLabels, type DocumentLocale } from '@/lib/dpa/dpa-document-labels';
import { translator } from '@/lib/i18n/translate';
import { TOMS_SECTION_ORDER } from '@/lib/toms/toms-sections';
import { formatDay } from './build-record-document';
import type { ProcessingRecord } from './get-processing-record';

// The record as one CSV table for spreadsheets and the authority's tools: one row per entry, the
// first column names its section (processor, DPO, controller, processing, transfer, TOMs). RFC 4180
// quoting, CRLF line ends, UTF-8 with a byte-order mark so spreadsheet programs read the umlauts.

const quote = (value: string) => (/[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const line = (cells: string[]) => cells.map(quote).join(',');

export function recordCsv(record: ProcessingRecord, locale: DocumentLocale): string {
  const t = translator(locale);
  const labels = documentLabels[locale];
  const header = [
    t('records.csv.section'),
    t('records.csv.reference'),
    t('records.csv.name'),
    t('records.csv.address'),
    t('records.csv.contact'),
    t('records.csv.services'),
    t('records.csv.details'),
    t('records.csv.transfers'),
    t('records.csv.safeguard'),
  ];
  const rows: string[][] = [header];
  const { processor } = record;
  const serviceName = new Map(record.services.map((s) => [s.code, s.name[locale]]));
  const names = (codes: string[]) => codes.map((code) => serviceName.get(code) ?? code).join('; ');

  rows.push([t('records.csv.sectionProcessor'), '', processor.name, processor.address, `${processor.supportEmail}; ${processor.supportPhone}`, '', `${t('records.document.managingDirector')}: ${processor.managingDirector}`, '', '']);
  rows.push([t('records.csv.sectionDpo'), '', processor.dpoName, '', processor.dpoEmail, '', '', '', '']);
  for (const ctl of record.controllers) {
    rows.push([
      t('records.csv.sectionController'),
      ctl.customerNumber,
      ctl.legalName,
      ctl.address,
      ctl.contacts.map((k) => (k.name ? `${k.name} <${k.email}>` : k.email)).join('; '),
      names(ctl.serviceCodes),
      t('records.document.agreementValue', { version: ctl.agreement.templateVersion, date: ctl.agreement.signedAt.toISOString().slice(0, 10), signer: ctl.agreement.signerName }),
      ctl.transfers.map((tr) => `${tr.legalName} (${tr.country})`).join('; '),
      [...new Set(ctl.transfers.map((tr) => labels.safeguards[tr.safeguard]))].join('; '),
    ]);
  }
  for (const s of record.services) {
    const details = [
      `${t('records.document.purpose')}: ${s.purpose[locale]}`,
      `${t('records.document.dataCategories')}: ${s.dataCategories.map((x) => x[locale]).join(', ')}`,
      `${t('records.document.dataSubjects')}: ${s.dataSubjects.map((x) => x[locale]).join(', ')}`,
      `${t('records.document.controllerCount')}: ${s.controllerCount}`,
    ].join(' | ');
    rows.push([t('records.csv.sectionService'), s.code, s.name[locale], '', '', s.name[locale], details, '', '']);
  }
  for (const tr of record.transfers) {
    rows.push([t('records.csv.sectionTransfer'), tr.country, tr.legalName, tr.address, '', names(tr.serviceCodes), tr.safeguardNote ?? '', '', labels.safeguards[tr.safeguard]]);
  }
  if (record.toms) {
    for (const key of TOMS_SECTION_ORDER) {
      for (const measure of record.toms.sections[key] ?? []) {
        rows.push([t('records.csv.sectionToms'), `v${record.toms.version}`, labels.toms[key], '', '', '', measure[locale], '', '']);
      }
    }
  }
  return `\uFEFF${rows.map(line).join('\r\n')}\r\n`;
}

export const recordFileName = (day: string, locale: DocumentLocale, extension: 'pdf' | 'csv') =>
  `${translator(locale)('records.document.fileName', { day })}.${extension}`;

export { formatDay };
