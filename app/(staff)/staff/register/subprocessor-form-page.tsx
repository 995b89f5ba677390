import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { Callout } from '@/app/_components/ui/callout';
import { Page } from '@/app/_components/ui/page-shell';
import { ClientMessages } from '@/lib/i18n/client-messages';
import type { Locale } from '@/lib/i18n/config';
import type { getSubprocessorForm } from '@/lib/register/get-subprocessor-form';
import { safeguards, subprocessorStatuses } from '@/lib/register/register-filters';
import { SubprocessorForm } from './subprocessor-form';
import styles from './register.module.css';

/** The new and edit pages share everything but the title and the values. */
export async function SubprocessorFormPage({
  locale,
  title,
  notice,
  form,
}: {
  locale: Locale;
  title: string;
  notice?: string;
  form: NonNullable<Awaited<ReturnType<typeof getSubprocessorForm>>>;
}) {
  const t = await getTranslations('register');
  return (
    <Page width="narrow">
      <p className={styles.back}>
        <Link href="/staff/register">← {t('back')}</Link>
      </p>
      <PageHeader title={title} lead={t('form.lead')} />
      {notice ? (
        <Callout tone="success" role="status">
          {notice}
        </Callout>
      ) : null}
      <ClientMessages namespaces={['register']}>
        <SubprocessorForm
          subprocessorId={form.subprocessor?.id}
          values={form.values}
          services={form.services.map((s) => ({ value: s.id, label: s.name[locale] }))}
          safeguards={safeguards}
          statuses={subprocessorStatuses}
        />
      </ClientMessages>
    </Page>
  );
}
