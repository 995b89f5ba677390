import { parse } from 'csv-parse/sync';
import { isCalendarDate } from '@/lib/change-notices/compute-effective-date';
import { parsePhone, type ParsedPhone } from '@/lib/orgs/parse-phone';
import { columnFor, importColumns, type ImportColumn } from './import-columns';

/** One problem, where the user finds it in the file: line number (the header is row 1) and column header. */
export type ImportError = { row: number; column: string; message: ImportMessage; value?: string };

export type ImportMessage =
  | 'adminImport.error.file'
  | 'adminImport.error.empty'
  | 'adminImport.error.missingColumn'
  | 'adminImport.error.required'
  | 'adminImport.error.tooLong'
  | 'adminImport.error.customerNumber'
  | 'adminImport.error.country'
  | 'adminImport.error.locale'
  | 'adminImport.error.phone'
  | 'adminImport.error.email'
  | 'adminImport.error.date'
  | 'adminImport.error.endBeforeStart'
  | 'adminImport.error.inconsistent'
  | 'adminImport.error.duplicateContract'
  | 'adminImport.error.service'
  | 'adminImport.error.serviceChanged'
  | 'adminImport.error.serviceActive'
  | 'adminImport.error.archived';

export type ImportRow = {
  row: number;
  customerNumber: string;
  legalName: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  locale: 'de' | 'en';
  phone: (ParsedPhone & { label: string | null }) | null;
  contact: { name: string | null; email: string } | null;
  service: string;
  contractReference: string;
  startsOn: string;
  endsOn: string | null;
};

export type ParsedImport = { rows: ImportRow[]; errors: ImportError[]; headers: Record<ImportColumn, string> };

/** The organisation's fields, which must read the same on every row of one customer number. */
export const organisationColumns = ['legalName', 'street', 'postalCode', 'city', 'country', 'locale'] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CUSTOMER_NUMBER = /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/;

/** German dates as a CRM exports them (1.3.2026, 01.03.2026); ISO dates are accepted too. */
export function parseGermanDate(value: string): string | null {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : value;
  return isCalendarDate(iso) ? iso : null;
}

/** Semicolon or comma, whichever the header line uses more (outside quotes). */
function detectDelimiter(text: string): ';' | ',' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const semicolons = unquoted.split(';').length;
  const commas = unquoted.split(',').length;
  return semicolons >= commas ? ';' : ',';
}

const LOCALES: Record<string, 'de' | 'en'> = { de: 'de', deutsch: 'de', german: 'de', en: 'en', englisch: 'en', english: 'en' };

/**
 * Parses and checks the file without the database: every problem with its row and column, all of
 * them (not only the first). Rows are returned only when the file as a whole could be read.
 */
export function parseImportCsv(input: string | Uint8Array): ParsedImport {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: false }).decode(input);
  const errors: ImportError[] = [];
  const headers = {} as Record<ImportColumn, string>;
  let records: { info: { lines: number }; record: string[] }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as { info: { lines: number }; record: string[] }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [{ row: line, column: '–', message: 'adminImport.error.file' }], headers };
  }
  const [header, ...body] = records;
  if (!header || body.length === 0) return { rows: [], errors: [{ row: 1, column: '–', message: 'adminImport.error.empty' }], headers };

  const index = {} as Record<ImportColumn, number>;
  header.record.forEach((name, i) => {
    const column = columnFor(name);
    if (column && index[column] === undefined) {
      index[column] = i;
      headers[column] = name;
    }
  });
  for (const [column, spec] of Object.entries(importColumns) as [ImportColumn, { required: boolean; names: readonly string[] }][]) {
    if (index[column] === undefined) {
      headers[column] = spec.names[0]!;
      if (spec.required) errors.push({ row: 1, column: spec.names[0]!, message: 'adminImport.error.missingColumn' });
    }
  }
  if (errors.length > 0) return { rows: [], errors, headers };

  const rows: ImportRow[] = [];
  // An organisation's phone number repeats on each of its contract rows; check each text once.
  const phones = new Map<string, ParsedPhone | null>();
  const phoneOf = (text: string) => {
    if (!phones.has(text)) phones.set(text, parsePhone(text));
    return phones.get(text)!;
  };
  const firstOf = new Map<string, ImportRow>();
  for (const { info, record } of body) {
    const row = info.lines;
    const cell = (c: ImportColumn) => (index[c] === undefined ? '' : (record[index[c]] ?? '').trim());
    const fail = (c: ImportColumn, message: ImportMessage, value?: string) => {
      errors.push({ row, column: headers[c], message, ...(value ? { value: value.slice(0, 80) } : {}) });
      return null;
    };
    const required = (c: ImportColumn, max: number) => {
      const v = cell(c);
      if (!v) return fail(c, 'adminImport.error.required');
      if (v.length > max) return fail(c, 'adminImport.error.tooLong', v);
      return v;
    };
    const before = errors.length;

    const customerNumber = required('customerNumber', 40);
    if (customerNumber && !CUSTOMER_NUMBER.test(customerNumber)) fail('customerNumber', 'adminImport.error.customerNumber', customerNumber);
    const legalName = required('legalName', 200);
    const street = required('street', 200);
    const postalCode = required('postalCode', 20);
    const city = required('city', 100);
    const country = (cell('country') || 'DE').toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) fail('country', 'adminImport.error.country', cell('country'));
    const locale = LOCALES[(cell('locale') || 'de').toLowerCase()];
    if (!locale) fail('locale', 'adminImport.error.locale', cell('locale'));

    let phone: ImportRow['phone'] = null;
    if (cell('phone')) {
      const parsed = phoneOf(cell('phone'));
      if (!parsed) fail('phone', 'adminImport.error.phone', cell('phone'));
      else phone = { ...parsed, label: cell('phoneLabel').slice(0, 60) || null };
    }
    let contact: ImportRow['contact'] = null;
    if (cell('contactEmail')) {
      const email = cell('contactEmail').toLowerCase();
      if (email.length > 254 || !EMAIL.test(email)) fail('contactEmail', 'adminImport.error.email', cell('contactEmail'));
      else contact = { name: cell('contactName').slice(0, 200) || null, email };
    }
    const service = required('service', 100);
    const contractReference = required('contractReference', 80);
    const startsOnText = required('startsOn', 20);
    const startsOn = startsOnText ? parseGermanDate(startsOnText) : null;
    if (startsOnText && !startsOn) fail('startsOn', 'adminImport.error.date', startsOnText);
    const endsOn = cell('endsOn') ? parseGermanDate(cell('endsOn')) : null;
    if (cell('endsOn') && !endsOn) fail('endsOn', 'adminImport.error.date', cell('endsOn'));
    if (startsOn && endsOn && endsOn < startsOn) fail('endsOn', 'adminImport.error.endBeforeStart', cell('endsOn'));
    if (errors.length > before) continue;

    const parsed: ImportRow = {
      row,
      customerNumber: customerNumber!,
      legalName: legalName!,
      street: street!,
      postalCode: postalCode!,
      city: city!,
      country,
      locale: locale!,
      phone,
      contact,
      service: service!,
      contractReference: contractReference!,
      startsOn: startsOn!,
      endsOn,
    };
    // The organisation's data repeats on each of its contract rows; differing copies are an error.
    const first = firstOf.get(parsed.customerNumber);
    if (first) {
      for (const c of organisationColumns) if (first[c] !== parsed[c]) fail(c, 'adminImport.error.inconsistent', cell(c));
    } else firstOf.set(parsed.customerNumber, parsed);
    rows.push(parsed);
  }
  return { rows, errors, headers };
}
