import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { formatDay } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { RegisterFiltersForm } from '@/app/_components/register/register-filters-form';
import { RegisterTable } from '@/app/_components/register/register-table';
import { UpcomingChanges } from '@/app/_components/register/upcoming-changes';
import { pageContext } from '@/lib/core/page';
import { getLocale, getTranslations } from 'next-intl/server';
import { getOrgRegister } from '@/lib/register/get-org-register';
import { parseRegisterParams } from '@/lib/register/register-filters';
import styles from './page.module.css';

type Props = {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// A generic title: metadata runs beside the page and must not name an organisation unauthorized.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('register');
  return { title: t('customer.title') };
}

// The organisation's own annex (Annex IV): members, signatories and staff; strangers get 404.
export default async function OrgRegisterPage({ params, searchParams }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('register.view', { orgId, returnTo: `/orgs/${orgId}/register` });
  const { filters, day } = parseRegisterParams(await searchParams);
  const data = await getOrgRegister(ctx, { orgId, day, filters });
  if (!data) notFound();
  const [t, locale] = await Promise.all([getTranslations('register'), getLocale()]);

  return (
    <Page>
      <PageHeader eyebrow={data.org.legalName} title={t('customer.title')} lead={t('customer.lead')} />
      <UpcomingChanges
        changes={data.upcoming}
        hrefFor={(c) => (c.noticeId ? `/orgs/${orgId}/notices/${c.noticeId}` : null)}
      />
      <RegisterFiltersForm
        action={`/orgs/${orgId}/register`}
        day={data.day}
        filters={filters}
        services={data.bookedServices}
        countries={data.countries}
      />
      <p className={styles.summary} role="status">
        {t('count', { count: data.entries.length })}
        {` · ${t('asOf', { date: formatDay(data.day, locale) })}`}
      </p>
      {data.bookedServices.length === 0 ? (
        <EmptyState title={t('empty.title')}>{t('customer.noServices')}</EmptyState>
      ) : data.entries.length === 0 ? (
        <EmptyState title={t('empty.title')}>{t('empty.body')}</EmptyState>
      ) : (
        <RegisterTable entries={data.entries} />
      )}
    </Page>
  );
}
