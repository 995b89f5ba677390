import { formatDay } from '@/app/_components/format';
import type { ChangeNoticeForm } from '@/lib/change-notices/get-change-notice-form';
import type { Locale } from '@/lib/i18n/config';
import type { MessageKey } from '@/lib/i18n/translate';
import type { Translate } from '@/lib/i18n/translate';

const labelKeys = [
  'changeNotice.form.kind', 'changeNotice.form.subprocessor', 'changeNotice.form.subprocessorHint', 'changeNotice.form.replaces',
  'changeNotice.form.choose', 'changeNotice.form.titleDe', 'changeNotice.form.titleEn', 'changeNotice.form.descriptionDe',
  'changeNotice.form.descriptionEn', 'changeNotice.form.services', 'changeNotice.form.effectiveDate', 'changeNotice.form.isEmergency',
  'changeNotice.form.emergencyReason', 'changeNotice.form.save', 'changeNotice.form.saving', 'changeNotice.form.saved',
] as const satisfies readonly MessageKey[];

/** The change-notice form's props: its data from lib (getChangeNoticeForm), in the user's language. */
export function changeNoticeFormProps(form: ChangeNoticeForm, t: Translate, locale: Locale) {
  const labels: Record<string, string> = Object.fromEntries(labelKeys.map((k) => [k, t(k)]));
  labels['changeNotice.form.effectiveDateHint'] = t('changeNotice.form.effectiveDateHint', {
    timeZone: form.timeZone,
    date: formatDay(form.earliest, locale),
    days: form.noticePeriodDays,
  });
  return {
    labels,
    values: form.values,
    kinds: form.kinds.map((k) => ({ value: k, label: t(`changeNotice.kind.${k}`) })),
    subprocessors: form.subprocessors.map((s) => ({ value: s.id, label: `${s.legalName} (${t(`register.status.${s.status}`)})` })),
    services: form.services.map((s) => ({ value: s.id, label: s.name[locale] })),
  };
}
