import type { AnnexSnapshot, LocalizedText } from '@/db/schema';

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
