import Link from 'next/link';
import { PageHeader } from '@/app/_components/page-header';
import type { Locale } from '@/lib/i18n/config';
import type { MessageKey } from '@/lib/i18n/translate';
import type { Translate } from '@/lib/i18n/translate';
import type { getSubprocessorForm } from '@/lib/register/get-subprocessor-form';
import { safeguards, subprocessorStatuses } from '@/lib/register/register-filters';
import { SubprocessorForm } from './subprocessor-form';

const labelKeys = [
  'register.form.legalName', 'register.form.address', 'register.form.country', 'register.form.countryHint',
  'register.form.purposeDe', 'register.form.purposeEn', 'register.form.dataCategoriesDe', 'register.form.dataCategoriesEn',
  'register.form.dataCategories.hint', 'register.form.safeguard', 'register.form.safeguardNote', 'register.form.safeguardNoteHint',
  'register.form.website', 'register.form.websiteHint', 'register.form.status', 'register.form.activeFrom',
  'register.form.activeUntil', 'register.form.services', 'register.form.save', 'register.form.saving', 'register.form.saved',
] as const satisfies readonly MessageKey[];

/** The new and edit pages share everything but the title and the values. */
export function SubprocessorFormPage({
  t,
  locale,
  title,
  notice,
  form,
}: {
  t: Translate;
  locale: Locale;
  title: string;
  notice?: string;
  form: NonNullable<Awaited<ReturnType<typeof getSubprocessorForm>>>;
}) {
  return (
    <main id="main" className="page page-narrow">
      <p>
        <Link href="/staff/register">← {t('register.back')}</Link>
      </p>
      <PageHeader title={title} lead={t('register.form.lead')} />
      {notice ? (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      ) : null}
      <SubprocessorForm
        subprocessorId={form.subprocessor?.id}
        values={form.values}
        labels={Object.fromEntries(labelKeys.map((k) => [k, t(k)]))}
        services={form.services.map((s) => ({ value: s.id, label: s.name[locale] }))}
        safeguards={safeguards.map((s) => ({ value: s, label: t(`register.safeguard.${s}`) }))}
        statuses={subprocessorStatuses.map((s) => ({ value: s, label: t(`register.status.${s}`) }))}
      />
    </main>
  );
}
