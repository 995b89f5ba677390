import { z } from 'zod';
import { subprocessorStatus, transferSafeguard } from '@/db/schema';
import { isCalendarDate } from '@/lib/change-notices/compute-effective-date';

// The register's filters come from the URL (GET forms), so every view can be shared; anything
// malformed is dropped instead of answered with an error.

export const safeguards = transferSafeguard.enumValues;
export type Safeguard = (typeof safeguards)[number];
export const subprocessorStatuses = subprocessorStatus.enumValues;
export type SubprocessorStatus = (typeof subprocessorStatuses)[number];

export type RegisterFilters = {
  serviceId?: string;
  country?: string;
  safeguard?: Safeguard;
  status?: SubprocessorStatus;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Filters and the as-of day from search params; `day` is undefined when not a valid date. */
export function parseRegisterParams(params: Record<string, string | string[] | undefined>) {
  const serviceId = first(params.service);
  const country = first(params.country)?.toUpperCase();
  const safeguard = first(params.safeguard);
  const status = first(params.status);
  const day = first(params.asOf);
  const filters: RegisterFilters = {
    serviceId: serviceId && z.guid().safeParse(serviceId).success ? serviceId : undefined,
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    safeguard: (safeguards as readonly string[]).includes(safeguard ?? '') ? (safeguard as Safeguard) : undefined,
    status: (subprocessorStatuses as readonly string[]).includes(status ?? '') ? (status as SubprocessorStatus) : undefined,
  };
  return { filters, day: day && isCalendarDate(day) ? day : undefined };
}
