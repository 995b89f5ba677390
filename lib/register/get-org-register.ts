import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { organisations, services } from '@/db/schema';
import { localDate } from '@/lib/change-notices/compute-effective-date';
import { getNoticeSettings } from '@/lib/change-notices/get-notice-settings';
import { annexForOrganisation, bookedServiceIds } from './get-register';
import { listUpcomingChanges } from './list-upcoming-changes';
import type { RegisterFilters } from './register-filters';

/**
 * Everything the customer's register page shows, for one organisation (the page has authorized
 * the request for this orgId; every query below is scoped by it). Null for an unknown organisation.
 */
export async function getOrgRegister(db: Database, orgId: string, options: { day?: string; filters: RegisterFilters }) {
  if (!z.guid().safeParse(orgId).success) return null;
  const [org] = await db
    .select({ id: organisations.id, legalName: organisations.legalName, customerNumber: organisations.customerNumber })
    .from(organisations)
    .where(eq(organisations.id, orgId))
    .limit(1);
  if (!org) return null;
  const { timeZone } = await getNoticeSettings(db);
  const day = options.day ?? localDate(new Date(), timeZone);
  const booked = await bookedServiceIds(db, orgId, day);
  const [entries, bookedServices, upcoming] = await Promise.all([
    annexForOrganisation(db, orgId, day, { serviceId: options.filters.serviceId, country: options.filters.country, safeguard: options.filters.safeguard }),
    booked.length
      ? db.select({ id: services.id, name: services.name }).from(services).where(inArray(services.id, booked)).orderBy(asc(services.code))
      : Promise.resolve([]),
    listUpcomingChanges(db, { orgId }),
  ]);
  return { org, day, entries, bookedServices, upcoming };
}
