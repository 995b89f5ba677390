// The columns of the CRM export: one row per contract, with the organisation's data repeated on
// each of its rows. Headers are matched without regard to case, spaces, '-' and '_', in German or
// English, so the export of either language setting of a CRM reads the same.

export const importColumns = {
  customerNumber: { required: true, names: ['Kundennummer', 'Kundennr', 'Kundennr.', 'Customer number', 'customer_number'] },
  legalName: { required: true, names: ['Firma', 'Firmenname', 'Name', 'Legal name', 'legal_name', 'Company'] },
  street: { required: true, names: ['Straße', 'Strasse', 'Street', 'Adresse'] },
  postalCode: { required: true, names: ['PLZ', 'Postleitzahl', 'Postal code', 'postal_code', 'Zip'] },
  city: { required: true, names: ['Ort', 'Stadt', 'City'] },
  country: { required: false, names: ['Land', 'Country'] },
  locale: { required: false, names: ['Sprache', 'Language', 'Locale'] },
  phone: { required: false, names: ['Telefon', 'Phone', 'Telefonnummer'] },
  phoneLabel: { required: false, names: ['Telefon Bezeichnung', 'Telefon-Bezeichnung', 'Phone label', 'phone_label'] },
  contactName: { required: false, names: ['Kontakt', 'Kontakt Name', 'Kontakt-Name', 'Ansprechpartner', 'Contact name', 'contact_name'] },
  contactEmail: { required: false, names: ['E-Mail', 'Email', 'Kontakt E-Mail', 'Kontakt-E-Mail', 'Contact email', 'contact_email'] },
  service: { required: true, names: ['Dienst', 'Leistung', 'Service'] },
  contractReference: { required: true, names: ['Vertragsnummer', 'Vertrag', 'Contract', 'Contract reference', 'contract_reference'] },
  startsOn: { required: true, names: ['Vertragsbeginn', 'Beginn', 'Start', 'Contract start', 'contract_start', 'starts_on'] },
  endsOn: { required: false, names: ['Vertragsende', 'Ende', 'End', 'Contract end', 'contract_end', 'ends_on'] },
} as const;

export type ImportColumn = keyof typeof importColumns;

export const normalizeHeader = (header: string) =>
  header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, ' ')
    .trim();

const byHeader = new Map<string, ImportColumn>(
  (Object.entries(importColumns) as [ImportColumn, { names: readonly string[] }][]).flatMap(([key, c]) =>
    c.names.map((name) => [normalizeHeader(name), key] as const),
  ),
);

export function columnFor(header: string): ImportColumn | undefined {
  return byHeader.get(normalizeHeader(header));
}
