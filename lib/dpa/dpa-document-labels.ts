import type { AnnexContactPerson, TomsSectionKey } from '@/db/schema';
import { translator } from '@/lib/i18n/translate';

// The words the DPA document adds around the contract text: annex titles, field labels and
// safeguard names, from the 'document' catalogue. Contract text itself comes from the template
// version, never from here.

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
  contactPersons: string;
  contactRole: Record<AnnexContactPerson['role'], string>;
  signature: string;
  customerSigned: (v: { name: string; position: string; email: string; date: string }) => string;
  customerNotSigned: string;
  providerSigned: (v: { provider: string; date: string }) => string;
  providerNotSigned: string;
  nature: string;
  purposeOnly: string;
  specialCategories: string;
  noSpecialCategories: string;
  duration: string;
  retention: string;
  defaultDuration: string;
  defaultRetention: (v: { logDays: number; backupDays: number }) => string;
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

const CONTACT_ROLES = ['signatory', 'notice', 'dpo', 'support'] as const satisfies readonly AnnexContactPerson['role'][];
const annexKeys = ['parties', 'processing', 'toms', 'subprocessors'] as const;
const tomsSections = ['confidentiality', 'integrity', 'availability', 'restore', 'testing'] as const satisfies readonly TomsSectionKey[];

/** The labels of one language, from the 'document' catalogue (lib/i18n/messages/<locale>/document.json). */
function labelsFor(locale: DocumentLocale): Labels {
  const t = translator(locale);
  return {
    shortTitle: (version) => t('document.shortTitle', { version }),
    subject: (customer, customerNumber, provider) => t('document.subject', { customer, customerNumber, provider }),
    keywords: t('document.keywords').split(', '),
    toc: t('document.toc'),
    annex: (number) => t('document.annex', { number }),
    annexTitles: annexKeys.map((key) => t(`document.annexTitle.${key}`)) as Labels['annexTitles'],
    customerHeading: t('document.customerHeading'),
    providerHeading: t('document.providerHeading'),
    name: t('document.name'),
    address: t('document.address'),
    customerNumber: t('document.customerNumber'),
    contacts: t('document.contacts'),
    contactsValue: t('document.contactsValue'),
    managingDirector: t('document.managingDirector'),
    dpo: t('document.dpo'),
    contactPersons: t('document.contactPersons'),
    contactRole: Object.fromEntries(CONTACT_ROLES.map((role) => [role, t(`document.contactRole.${role}`)])) as Labels['contactRole'],
    signature: t('document.signature'),
    customerSigned: (v) => t('document.customerSigned', v),
    customerNotSigned: t('document.customerNotSigned'),
    providerSigned: (v) => t('document.providerSigned', v),
    providerNotSigned: t('document.providerNotSigned'),
    nature: t('document.nature'),
    purposeOnly: t('document.purposeOnly'),
    specialCategories: t('document.specialCategories'),
    noSpecialCategories: t('document.noSpecialCategories'),
    duration: t('document.duration'),
    retention: t('document.retention'),
    defaultDuration: t('document.defaultDuration'),
    defaultRetention: (v) => t('document.defaultRetention', v),
    annex2Intro: t('document.annex2Intro'),
    purpose: t('document.purpose'),
    dataCategories: t('document.dataCategories'),
    dataSubjects: t('document.dataSubjects'),
    noServices: t('document.noServices'),
    annex3Intro: (version) => t('document.annex3Intro', { version }),
    toms: Object.fromEntries(tomsSections.map((key) => [key, t(`document.toms.${key}`)])) as Labels['toms'],
    annex4Intro: (days) => t('document.annex4Intro', { days }),
    annex4Columns: (['subprocessor', 'country', 'purpose', 'safeguard'] as const).map((key) => t(`document.annex4Column.${key}`)) as Labels['annex4Columns'],
    noSubprocessors: t('document.noSubprocessors'),
    safeguards: Object.fromEntries(SAFEGUARDS.map((key) => [key, t(`document.safeguard.${key}`)])) as Labels['safeguards'],
  };
}

export const documentLabels: Record<DocumentLocale, Labels> = { de: labelsFor('de'), en: labelsFor('en') };
