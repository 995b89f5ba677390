import type { Locale } from '@/lib/i18n/config';
import { dateTimeFormat, numberFormat } from '@/lib/i18n/intl-cache';

/** Dates are stored in UTC and shown in the provider's time zone (settings.time_zone). */
export function formatDateTime(value: Date, locale: Locale, timeZone = 'Europe/Berlin') {
  return dateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(value);
}

/** A calendar date column ('2024-03-01'), shown without any time-zone shift. */
export function formatDay(value: string, locale: Locale) {
  const [y, m, d] = value.split('-').map(Number);
  return dateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)),
  );
}

export function formatNumber(value: number, locale: Locale) {
  return numberFormat(locale === 'de' ? 'de-DE' : 'en-GB').format(value);
}
