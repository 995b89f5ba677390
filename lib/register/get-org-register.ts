import 'server-only';
import { asc, inArray } from 'drizzle-orm';
import { services } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import { localDate } from '@/lib/change-notices/compute-effective-date';
import type { Ctx } from '@/lib/core/context';
import { findOrgHeading } from '@/lib/orgs/find-org-heading';
import { getCalendarSettings } from '@/lib/core/settings';
import { annexForOrganisation, bookedServiceIds } from './get-register';
import { listUpcomingChanges } from './list-upcoming-changes';
import type { RegisterFilters } from './register-filters';

/**
 * Everything the customer's register page shows, for one organisation: its annex on `day` (today
 * in the provider's time zone by default), the services it books (the filter's choices, with the
 * countries in its annex) and the announced changes it was notified of. Every query is scoped by
 * orgId. Null for an unknown organisation.
 */
export async function getOrgRegister(ctx: Ctx, input: { orgId: string; day?: string; filters: RegisterFilters }) {
  assertCan(ctx, 'register.view', input.orgId);
  const { orgId, filters } = input;
  const org = await findOrgHeading(ctx, orgId);
  if (!org) return null;
  const { timeZone } = await getCalendarSettings(ctx);
  const day = input.day ?? localDate(ctx.now, timeZone);
  const booked = await bookedServiceIds(ctx, { orgId, day });
  const [entries, bookedServices, upcoming] = await Promise.all([
    annexForOrganisation(ctx, { orgId, day, filters: { serviceId: filters.serviceId, country: filters.country, safeguard: filters.safeguard } }),
    booked.length
      ? ctx.db.select({ id: services.id, name: services.name }).from(services).where(inArray(services.id, booked)).orderBy(asc(services.code))
      : Promise.resolve([]),
    listUpcomingChanges(ctx, { orgId }),
  ]);
  // The chosen country stays selectable even when the filtered annex has none of it.
  const countries = [...new Set([...entries.map((e) => e.country), ...(filters.country ? [filters.country] : [])])].sort();
  return { org, day, entries, bookedServices, countries, upcoming };
}
