import type { AnnexContactPerson, AnnexSnapshot, LocalizedText } from '@/db/schema';
import { documentLabels, type DocumentLocale } from './dpa-document-labels';

type Provider = { providerName: string; providerAddress: string; managingDirector: string; dpoName: string; dpoEmail: string };
type Customer = { legalName: string; customerNumber: string; street: string; postalCode: string; city: string; country?: string };

/** Annex I as frozen into an agreement: the provider's and the customer's data on the day of signing. */
export function annexParties(provider: Provider, customer: Customer): AnnexSnapshot['parties'] {
  return {
    provider: {
      name: provider.providerName,
      address: provider.providerAddress,
      managingDirector: provider.managingDirector,
      dpoName: provider.dpoName,
      dpoEmail: provider.dpoEmail,
    },
    customer: {
      legalName: customer.legalName,
      customerNumber: customer.customerNumber,
      street: customer.street,
      postalCode: customer.postalCode,
      city: customer.city,
      country: customer.country ?? 'DE',
    },
  };
}

type Subprocessor = {
  id: string;
  legalName: string;
  address: string;
  country: string;
  purpose: LocalizedText;
  dataCategories: LocalizedText[];
  safeguard: string;
  safeguardNote?: string | null;
  website?: string | null;
};

/** One Annex IV entry as frozen into an agreement (the register's data on the day of signing). */
export function annexSubprocessor(sub: Subprocessor): AnnexSnapshot['subprocessors'][number] {
  return {
    id: sub.id,
    legalName: sub.legalName,
    address: sub.address,
    country: sub.country,
    purpose: sub.purpose,
    dataCategories: sub.dataCategories,
    safeguard: sub.safeguard,
    safeguardNote: sub.safeguardNote ?? null,
    contact: sub.website ?? null,
  };
}

type Service = {
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  purpose: LocalizedText;
  dataCategories: LocalizedText[];
  dataSubjects: LocalizedText[];
  specialCategories: LocalizedText[];
  nature: LocalizedText | null;
  duration: LocalizedText | null;
  retention: LocalizedText | null;
  logRetentionDays: number;
  backupRetentionDays: number;
};

const filled = (text: LocalizedText | null): text is LocalizedText => Boolean(text?.de.trim() && text.en.trim());
const both = (f: (locale: DocumentLocale) => string): LocalizedText => ({ de: f('de'), en: f('en') });

/**
 * One Annex II entry as frozen into an agreement. Where the service settings leave nature,
 * duration or retention empty, the annex's standard wording is frozen in their place (nature: the
 * service's description; retention: the service's log and backup periods), so a signed annex
 * never changes with the catalogue's wording.
 */
export function annexService(service: Service): AnnexSnapshot['services'][number] {
  const { logRetentionDays: logDays, backupRetentionDays: backupDays } = service;
  return {
    code: service.code,
    name: service.name,
    dataCategories: service.dataCategories,
    dataSubjects: service.dataSubjects,
    purpose: service.purpose,
    specialCategories: service.specialCategories,
    nature: filled(service.nature) ? service.nature : service.description,
    duration: filled(service.duration) ? service.duration : both((l) => documentLabels[l].defaultDuration),
    retention: filled(service.retention) ? service.retention : both((l) => documentLabels[l].defaultRetention({ logDays, backupDays })),
  };
}

/** The processor's Annex I contact persons: its data protection officer and its support desk. */
export function providerContactPersons(provider: { dpoName: string; dpoEmail: string; supportEmail: string; supportPhone: string }): AnnexContactPerson[] {
  return [
    { role: 'dpo', name: provider.dpoName, position: null, email: provider.dpoEmail },
    { role: 'support', name: null, position: null, email: provider.supportEmail, phone: provider.supportPhone },
  ];
}
