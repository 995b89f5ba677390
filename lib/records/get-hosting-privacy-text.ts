import 'server-only';
import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
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

export async function getHostingPrivacyText(ctx: Ctx, input: { orgId: string }): Promise<HostingPrivacyText | null> {
  assertCan(ctx, 'org.view', input.orgId);
  const { timeZone } = await getCalendarSettings(ctx);
  const today = localDate(ctx.now, timeZone);
  const booked = await ctx.db
    .selectDistinct({ code: services.code, name: services.name, logDays: services.logRetentionDays, backupDays: services.backupRetentionDays })
    .from(contracts)
    .innerJoin(services, eq(services.id, contracts.serviceId))
    .where(
      and(
        eq(contracts.orgId, input.orgId),
        inArray(services.code, Object.keys(HOSTING_SERVICES)),
        eq(contracts.status, 'active'),
        lte(contracts.startsOn, today),
        or(isNull(contracts.endsOn), gte(contracts.endsOn, today)),
      ),
    )
    .orderBy(asc(services.code));
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
