import type { TomsSectionKey } from '@/db/schema';

// The words the DPA document adds around the contract text: annex titles, field labels and
// safeguard names. Contract text itself comes from the template version, never from here.

export type DocumentLocale = 'de' | 'en';

export const SAFEGUARDS = ['eu_eea', 'adequacy', 'scc', 'bcr', 'other'] as const;
export type Safeguard = (typeof SAFEGUARDS)[number];

type Labels = {
  shortTitle: (version: number) => string;
  subject: (customer: string, customerNumber: string, provider: string) => string;
  keywords: string[];
  toc: string;
  annex: (n: string) => string;
  annexTitles: [string, string, string, string];
  customerHeading: string;
  providerHeading: string;
  name: string;
  address: string;
  customerNumber: string;
  contacts: string;
  contactsValue: string;
  managingDirector: string;
  dpo: string;
  annex2Intro: string;
  purpose: string;
  dataCategories: string;
  dataSubjects: string;
  noServices: string;
  annex3Intro: (version: number) => string;
  toms: Record<TomsSectionKey, string>;
  annex4Intro: (noticePeriodDays: number) => string;
  annex4Columns: [string, string, string, string];
  noSubprocessors: string;
  safeguards: Record<Safeguard, string>;
};

export const documentLabels: Record<DocumentLocale, Labels> = {
  de: {
    shortTitle: (v) => `AV-Vertrag nach Art. 28 DSGVO · Fassung ${v}`,
    subject: (c, n, p) => `Vertrag über die Auftragsverarbeitung zwischen ${c} (Kundennummer ${n}) und ${p}`,
    keywords: ['AV-Vertrag', 'Auftragsverarbeitung', 'Art. 28 DSGVO', 'TOM', 'Unterauftragsverarbeiter'],
    toc: 'Inhalt',
    annex: (n) => `Anlage ${n}`,
    annexTitles: [
      'Vertragsparteien und Ansprechpartner',
      'Beschreibung der Verarbeitung',
      'Technische und organisatorische Maßnahmen',
      'Genehmigte Unterauftragsverarbeiter',
    ],
    customerHeading: 'Auftraggeber (Verantwortlicher)',
    providerHeading: 'Auftragnehmer (Auftragsverarbeiter)',
    name: 'Firma',
    address: 'Anschrift',
    customerNumber: 'Kundennummer',
    contacts: 'Ansprechpartner',
    contactsValue: 'Die im Kundenportal hinterlegten Unterzeichnungsberechtigten und Benachrichtigungskontakte',
    managingDirector: 'Geschäftsführung',
    dpo: 'Datenschutzbeauftragte(r)',
    annex2Intro:
      'Gegenstand, Art und Zweck der Verarbeitung, Arten personenbezogener Daten und Kategorien betroffener Personen je gebuchter Leistung, Stand bei Vertragsschluss (Art. 28 Abs. 3 Satz 1 DSGVO). Die Dauer der Verarbeitung entspricht der Laufzeit des Hauptvertrags.',
    purpose: 'Art und Zweck',
    dataCategories: 'Arten personenbezogener Daten',
    dataSubjects: 'Kategorien betroffener Personen',
    noServices: 'Zum Zeitpunkt des Vertragsschlusses ist keine Leistung gebucht, bei der personenbezogene Daten verarbeitet werden.',
    annex3Intro: (v) =>
      `Technische und organisatorische Maßnahmen des Auftragnehmers nach Art. 32 DSGVO, Fassung ${v}. Der Auftragnehmer entwickelt die Maßnahmen weiter; Änderungen dürfen das vereinbarte Schutzniveau nicht unterschreiten.`,
    toms: {
      confidentiality: 'Vertraulichkeit (Art. 32 Abs. 1 lit. b DSGVO)',
      integrity: 'Integrität (Art. 32 Abs. 1 lit. b DSGVO)',
      availability: 'Verfügbarkeit und Belastbarkeit (Art. 32 Abs. 1 lit. b DSGVO)',
      restore: 'Wiederherstellbarkeit (Art. 32 Abs. 1 lit. c DSGVO)',
      testing: 'Verfahren zur regelmäßigen Überprüfung, Bewertung und Evaluierung (Art. 32 Abs. 1 lit. d DSGVO)',
    },
    annex4Intro: (days) =>
      `Der Auftraggeber genehmigt die folgenden Unterauftragsverarbeiter für die gebuchten Leistungen (Stand bei Vertragsschluss). Änderungen kündigt der Auftragnehmer nach § 8 mindestens ${days} Tage im Voraus an; der Auftraggeber kann ihnen widersprechen.`,
    annex4Columns: ['Unterauftragsverarbeiter', 'Land', 'Zweck', 'Garantie'],
    noSubprocessors: 'Für die gebuchten Leistungen werden keine Unterauftragsverarbeiter eingesetzt.',
    safeguards: {
      eu_eea: 'EU/EWR, keine Drittlandübermittlung',
      adequacy: 'Angemessenheitsbeschluss (Art. 45 DSGVO)',
      scc: 'Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)',
      bcr: 'Verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)',
      other: 'Sonstige Garantie nach Art. 46 DSGVO (siehe Register)',
    },
  },
  en: {
    shortTitle: (v) => `Data Processing Agreement (Art. 28 GDPR) · version ${v}`,
    subject: (c, n, p) => `Data processing agreement between ${c} (customer number ${n}) and ${p}`,
    keywords: ['DPA', 'data processing agreement', 'Art. 28 GDPR', 'TOMs', 'subprocessors'],
    toc: 'Contents',
    annex: (n) => `Annex ${n}`,
    annexTitles: [
      'Parties and contact persons',
      'Description of the processing',
      'Technical and organisational measures',
      'Authorised subprocessors',
    ],
    customerHeading: 'Customer (controller)',
    providerHeading: 'Provider (processor)',
    name: 'Name',
    address: 'Address',
    customerNumber: 'Customer number',
    contacts: 'Contact persons',
    contactsValue: 'The signatories and notice contacts registered in the customer portal',
    managingDirector: 'Management',
    dpo: 'Data protection officer',
    annex2Intro:
      'Subject matter, nature and purpose of the processing, types of personal data and categories of data subjects for each booked service, as at conclusion (Art. 28(3), first sentence, GDPR). The duration of the processing corresponds to the term of the Main Agreement.',
    purpose: 'Nature and purpose',
    dataCategories: 'Types of personal data',
    dataSubjects: 'Categories of data subjects',
    noServices: 'At conclusion, no service involving the processing of personal data is booked.',
    annex3Intro: (v) =>
      `The Provider’s technical and organisational measures pursuant to Art. 32 GDPR, version ${v}. The Provider develops the measures further; changes must not fall below the agreed level of protection.`,
    toms: {
      confidentiality: 'Confidentiality (Art. 32(1)(b) GDPR)',
      integrity: 'Integrity (Art. 32(1)(b) GDPR)',
      availability: 'Availability and resilience (Art. 32(1)(b) GDPR)',
      restore: 'Restore (Art. 32(1)(c) GDPR)',
      testing: 'Process for regularly testing, assessing and evaluating (Art. 32(1)(d) GDPR)',
    },
    annex4Intro: (days) =>
      `The Customer authorises the following subprocessors for the booked services (as at conclusion). The Provider announces changes under § 8 at least ${days} days in advance; the Customer may object to them.`,
    annex4Columns: ['Subprocessor', 'Country', 'Purpose', 'Safeguard'],
    noSubprocessors: 'No subprocessors are engaged for the booked services.',
    safeguards: {
      eu_eea: 'EU/EEA, no third-country transfer',
      adequacy: 'Adequacy decision (Art. 45 GDPR)',
      scc: 'Standard contractual clauses (Art. 46(2)(c) GDPR)',
      bcr: 'Binding corporate rules (Art. 47 GDPR)',
      other: 'Other safeguard under Art. 46 GDPR (see register)',
    },
  },
};
