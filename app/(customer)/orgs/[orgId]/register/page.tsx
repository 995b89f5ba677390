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
import { getTranslations } from 'next-intl/server';
import { getT } from '@/lib/i18n/server';
import { getOrgRegister } from '@/lib/register/get-org-register';
import { parseRegisterParams } from '@/lib/register/register-filters';

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
  // The register components (app/_components/register, shared with staff) still take the legacy translator.
  const { t, locale } = await getT();

  return (
    <Page>
      <PageHeader eyebrow={data.org.legalName} title={t('register.customer.title')} lead={t('register.customer.lead')} />
      <UpcomingChanges
        changes={data.upcoming}
        t={t}
        locale={locale}
        hrefFor={(c) => (c.noticeId ? `/orgs/${orgId}/notices/${c.noticeId}` : null)}
      />
      <RegisterFiltersForm
        action={`/orgs/${orgId}/register`}
        t={t}
        locale={locale}
        day={data.day}
        filters={filters}
        services={data.bookedServices}
        countries={data.countries}
      />
      <p className="results-summary" role="status">
        {t('register.count', { count: data.entries.length })}
        {` · ${t('register.asOf', { date: formatDay(data.day, locale) })}`}
      </p>
      {data.bookedServices.length === 0 ? (
        <EmptyState title={t('register.empty.title')}>{t('register.customer.noServices')}</EmptyState>
      ) : data.entries.length === 0 ? (
        <EmptyState title={t('register.empty.title')}>{t('register.empty.body')}</EmptyState>
      ) : (
        <RegisterTable entries={data.entries} t={t} locale={locale} />
      )}
    </Page>
  );
}
