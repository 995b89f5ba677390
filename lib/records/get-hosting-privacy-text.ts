import 'server-only';
import { and, asc, eq, gte, inArray, isNull, lte, or, sql, type SQLWrapper } from 'drizzle-orm';
import { contracts, services } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import { localDate } from '@/lib/change-notices/compute-effective-date';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings, getSettings } from '@/lib/core/settings';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';

// The paragraph a hosting customer needs for its own privacy policy (issue 12): server logs of the
// web and mail hosting it books, what they hold, and how long they and the backups holding them are
// kept. The figures come from the booked services' settings (services.log_retention_days,
// backup_retention_days), never from the text, so a changed setting changes every customer's text.

/** The services whose server logs the customer's visitors and correspondents must be told about. */
export const HOSTING_SERVICES = { webhosting: 'web', email: 'mail' } as const;
type HostingCode = keyof typeof HOSTING_SERVICES;

export type HostingPrivacyText = {
  serviceNames: Record<Locale, string>;
  paragraphs: Record<Locale, string[]>;
};

/** A booked hosting service with the retention figures its paragraph names. */
export type BookedHosting = { code: string; name: Record<Locale, string>; logDays: number; backupDays: number };

/** The hosting contracts running `today` of the organisation `orgId` (a value or an outer query's column). */
function hostingBookedWhere(orgId: string | SQLWrapper, today: string | SQLWrapper) {
  return and(
    eq(contracts.orgId, orgId),
    inArray(services.code, Object.keys(HOSTING_SERVICES)),
    eq(contracts.status, 'active'),
    lte(contracts.startsOn, today),
    or(isNull(contracts.endsOn), gte(contracts.endsOn, today)),
  );
}

/**
 * The same services as a JSON array inside another query (the dashboard reads everything of an
 * organisation in one statement, issue 14); `orgId` is the outer query's column.
 */
export function bookedHostingJson(orgId: SQLWrapper, today: string | SQLWrapper) {
  return sql<BookedHosting[] | string | null>`(select json_agg(json_build_object('code', h.code, 'name', h.name, 'logDays', h.log_days, 'backupDays', h.backup_days) order by h.code)
    from (select distinct ${services.code} as code, ${services.name} as name, ${services.logRetentionDays} as log_days, ${services.backupRetentionDays} as backup_days
          from ${contracts} inner join ${services} on ${services.id} = ${contracts.serviceId}
          where ${hostingBookedWhere(orgId, today)}) h)`;
}

export async function getHostingPrivacyText(ctx: Ctx, input: { orgId: string }): Promise<HostingPrivacyText | null> {
  assertCan(ctx, 'org.view', input.orgId);
  const { timeZone } = await getCalendarSettings(ctx);
  const today = localDate(ctx.now, timeZone);
  const booked = await ctx.db
    .selectDistinct({ code: services.code, name: services.name, logDays: services.logRetentionDays, backupDays: services.backupRetentionDays })
    .from(contracts)
    .innerJoin(services, eq(services.id, contracts.serviceId))
    .where(hostingBookedWhere(input.orgId, today))
    .orderBy(asc(services.code));
  return hostingPrivacyTextFor(ctx, input, booked);
}

/** The paragraphs for services already read (by getHostingPrivacyText or the dashboard's query); null without any. */
export async function hostingPrivacyTextFor(ctx: Ctx, input: { orgId: string }, booked: readonly BookedHosting[]): Promise<HostingPrivacyText | null> {
  assertCan(ctx, 'org.view', input.orgId);
  if (booked.length === 0) return null;
  const provider = await getSettings(ctx);
  const vars = { provider: provider?.providerName ?? '', address: provider?.providerAddress ?? '' };
  const build = (locale: Locale) => {
    const t = translator(locale);
    return booked.map((s) => {
      const counts = { logDays: s.logDays, backupDays: s.backupDays };
      return HOSTING_SERVICES[s.code as HostingCode] === 'web' ? t('records.hosting.web', { ...vars, ...counts }) : t('records.hosting.mail', { ...vars, ...counts });
    });
  };
  const names = (locale: Locale) => booked.map((s) => s.name[locale]).join(locale === 'de' ? ' und ' : ' and ');
  return { serviceNames: { de: names('de'), en: names('en') }, paragraphs: { de: build('de'), en: build('en') } };
}
