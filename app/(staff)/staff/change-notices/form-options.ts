import type { ChangeNoticeForm } from '@/lib/change-notices/get-change-notice-form';
import type { Locale } from '@/lib/i18n/config';
import { formatDay } from '@/app/_components/format';

type RegisterStatusName = (status: ChangeNoticeForm['subprocessors'][number]['status']) => string;

/** The form's data (values and choices) in the user's language; the form asks for its own words. */
export function changeNoticeFormData(form: ChangeNoticeForm, locale: Locale, statusName: RegisterStatusName) {
  return {
    values: form.values,
    kinds: form.kinds,
    subprocessors: form.subprocessors.map((s) => ({ value: s.id, label: `${s.legalName} (${statusName(s.status)})` })),
    services: form.services.map((s) => ({ value: s.id, label: s.name[locale] })),
    effectiveHint: { timeZone: form.timeZone, date: formatDay(form.earliest, locale), days: form.noticePeriodDays },
  };
}

export type ChangeNoticeFormData = ReturnType<typeof changeNoticeFormData>;
