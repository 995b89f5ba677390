import type { DocumentBlock } from '@/lib/dpa/dpa-document';
import type { DocumentLocale } from '@/lib/dpa/dpa-document-labels';

// The evidence page that closes the signed PDF: who signed, when, from where, and the hashes that
// tie this file to the stored texts. The PDF's own SHA-256 cannot be inside the PDF, so the page
// says where it is recorded and how to check it.

export type SigningEvidence = {
  agreementId: string;
  signer: { name: string; position: string };
  organisation: { legalName: string; customerNumber: string };
  signedAt: Date;
  ip: string | null;
  userAgent: string | null;
  template: { version: number; sha256: string };
  toms: { version: number; sha256: string };
  annexSha256: string;
  consentTextSha256: string;
};

export type EvidenceOptions = { appUrl: string; timeZone: string };

const labels = {
  de: {
    label: 'Nachweis',
    title: 'Nachweis des elektronischen Vertragsschlusses',
    intro: (org: string) =>
      `${org} hat diesen Vertrag einschließlich der Anlagen I bis IV im Kundenportal des Auftragnehmers in elektronischer Form abgeschlossen (Art. 28 Abs. 9 DSGVO). Die unterzeichnende Person hat bestätigt, zur Vertretung des Auftraggebers berechtigt zu sein.`,
    conclusion: 'Vertragsschluss',
    signer: 'Unterzeichnet von',
    position: 'Position',
    authority: 'Vertretungsberechtigung',
    authorityConfirmed: 'bestätigt',
    organisation: 'Auftraggeber',
    customerNumber: 'Kundennummer',
    timeUtc: 'Zeitpunkt (UTC)',
    timeLocal: (tz: string) => `Zeitpunkt (${tz})`,
    ip: 'IP-Adresse',
    userAgent: 'User-Agent',
    notRecorded: 'nicht erfasst',
    agreementId: 'Vereinbarungs-ID',
    hashes: 'Prüfsummen (SHA-256)',
    templateHash: (v: number) => `Vertragstext, Fassung ${v}`,
    tomsHash: (v: number) => `TOM (Anlage III), Fassung ${v}`,
    annexHash: 'Anlagen I, II und IV (Stand bei Vertragsschluss)',
    consentHash: 'Angezeigter Bestätigungstext',
    verify: 'Echtheit prüfen',
    verifyText: (url: string) =>
      `Der SHA-256-Hashwert dieser PDF-Datei kann nicht in der Datei selbst stehen. Der Auftragnehmer hat ihn bei Vertragsschluss gespeichert. Unter ${url} können Sie diese Datei hochladen oder ihren SHA-256-Hashwert eingeben und erfahren, ob der Auftragnehmer sie ausgestellt hat und zu welcher Vereinbarung sie gehört.`,
  },
  en: {
    label: 'Evidence',
    title: 'Evidence of conclusion in electronic form',
    intro: (org: string) =>
      `${org} concluded this Agreement, including Annexes I to IV, in electronic form in the Provider’s customer portal (Art. 28(9) GDPR). The signatory confirmed that they are authorised to represent the Customer.`,
    conclusion: 'Conclusion',
    signer: 'Signed by',
    position: 'Position',
    authority: 'Authority to represent',
    authorityConfirmed: 'confirmed',
    organisation: 'Customer',
    customerNumber: 'Customer number',
    timeUtc: 'Time (UTC)',
    timeLocal: (tz: string) => `Time (${tz})`,
    ip: 'IP address',
    userAgent: 'User agent',
    notRecorded: 'not recorded',
    agreementId: 'Agreement ID',
    hashes: 'Checksums (SHA-256)',
    templateHash: (v: number) => `Contract text, version ${v}`,
    tomsHash: (v: number) => `TOMs (Annex III), version ${v}`,
    annexHash: 'Annexes I, II and IV (as at conclusion)',
    consentHash: 'Confirmation text shown',
    verify: 'Verifying this document',
    verifyText: (url: string) =>
      `The SHA-256 hash of this PDF file cannot be contained in the file itself. The Provider recorded it at conclusion. At ${url} you can upload this file or enter its SHA-256 hash to learn whether the Provider issued it and which agreement it belongs to.`,
  },
} as const;

/** "2025-03-14 14:03:22 UTC": unambiguous, sortable, independent of the reader's locale. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function formatInTimeZone(date: Date, timeZone: string, locale: DocumentLocale): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    timeZone,
    dateStyle: 'long',
    timeStyle: 'long',
  }).format(date);
}

export function evidenceBlocks(evidence: SigningEvidence, options: EvidenceOptions, locale: DocumentLocale): DocumentBlock[] {
  const l = labels[locale];
  const verifyUrl = `${options.appUrl.replace(/\/+$/, '')}/verify`;
  return [
    { type: 'annex', anchor: 'evidence', label: l.label, text: l.title },
    { type: 'paragraph', text: l.intro(evidence.organisation.legalName) },
    { type: 'subheading', text: l.conclusion },
    {
      type: 'fields',
      rows: [
        { label: l.signer, value: evidence.signer.name },
        { label: l.position, value: evidence.signer.position },
        { label: l.authority, value: l.authorityConfirmed },
        { label: l.organisation, value: evidence.organisation.legalName },
        { label: l.customerNumber, value: evidence.organisation.customerNumber },
        { label: l.timeUtc, value: formatUtc(evidence.signedAt) },
        { label: l.timeLocal(options.timeZone), value: formatInTimeZone(evidence.signedAt, options.timeZone, locale) },
        { label: l.ip, value: evidence.ip ?? l.notRecorded },
        { label: l.userAgent, value: evidence.userAgent ?? l.notRecorded },
        { label: l.agreementId, value: evidence.agreementId },
      ],
    },
    { type: 'subheading', text: l.hashes },
    {
      type: 'fields',
      rows: [
        { label: l.templateHash(evidence.template.version), value: evidence.template.sha256 },
        { label: l.tomsHash(evidence.toms.version), value: evidence.toms.sha256 },
        { label: l.annexHash, value: evidence.annexSha256 },
        { label: l.consentHash, value: evidence.consentTextSha256 },
      ],
    },
    { type: 'subheading', text: l.verify },
    { type: 'paragraph', text: l.verifyText(verifyUrl) },
  ];
}

export const pageLabel = {
  de: (page: number, pages: number) => `Seite ${page} von ${pages}`,
  en: (page: number, pages: number) => `Page ${page} of ${pages}`,
} as const;

export const evidenceTocEntry = (locale: DocumentLocale) => ({ anchor: 'evidence', text: labels[locale].title, level: 1 as const });
