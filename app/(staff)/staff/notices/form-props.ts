import 'server-only';
import { asc } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { subprocessors } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import type { MessageKey } from '@/lib/i18n/translate';
import type { Translate } from '@/lib/i18n/translate';
import { changeKinds } from '@/lib/notices/change-notice-input';
import { earliestEffectiveDate } from '@/lib/notices/compute-effective-date';
import { getNoticeSettings } from '@/lib/notices/get-notice-settings';
import { getRegisterOptions } from '@/lib/register/get-register-options';
import { formatDay } from '@/app/_components/format';

const labelKeys = [
  'changeNotice.form.kind', 'changeNotice.form.subprocessor', 'changeNotice.form.subprocessorHint', 'changeNotice.form.replaces',
  'changeNotice.form.choose', 'changeNotice.form.titleDe', 'changeNotice.form.titleEn', 'changeNotice.form.descriptionDe',
  'changeNotice.form.descriptionEn', 'changeNotice.form.services', 'changeNotice.form.effectiveDate', 'changeNotice.form.isEmergency',
  'changeNotice.form.emergencyReason', 'changeNotice.form.save', 'changeNotice.form.saving', 'changeNotice.form.saved',
] as const satisfies readonly MessageKey[];

/** Labels and choices for the change-notice form, in the user's language. */
export async function changeNoticeFormProps(t: Translate, locale: Locale) {
  const db = getDb();
  const [settings, options, subs] = await Promise.all([
    getNoticeSettings(db),
    getRegisterOptions(db),
    db
      .select({ id: subprocessors.id, legalName: subprocessors.legalName, status: subprocessors.status })
      .from(subprocessors)
      .orderBy(asc(subprocessors.legalName)),
  ]);
  const earliest = earliestEffectiveDate(new Date(), settings.noticePeriodDays, settings.timeZone);
  const labels: Record<string, string> = Object.fromEntries(labelKeys.map((k) => [k, t(k)]));
  labels['changeNotice.form.effectiveDateHint'] = t('changeNotice.form.effectiveDateHint', {
    timeZone: settings.timeZone,
    date: formatDay(earliest, locale),
    days: settings.noticePeriodDays,
  });
  return {
    earliest,
    labels,
    kinds: changeKinds.map((k) => ({ value: k, label: t(`changeNotice.kind.${k}`) })),
    subprocessors: subs.map((s) => ({ value: s.id, label: `${s.legalName} (${t(`register.status.${s.status}`)})` })),
    services: options.services
      .filter((s) => s.processesPersonalData)
      .map((s) => ({ value: s.id, label: s.name[locale] })),
  };
}
