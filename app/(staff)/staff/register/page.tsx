import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/app/_components/empty-state';
import { formatDay } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { RegisterFiltersForm } from '@/app/_components/register/register-filters-form';
import { RegisterTable } from '@/app/_components/register/register-table';
import { UpcomingChanges } from '@/app/_components/register/upcoming-changes';
import { pageContext } from '@/lib/core/page';
import { getT } from '@/lib/i18n/server';
import { getStaffRegister } from '@/lib/register/get-staff-register';
import { parseRegisterParams } from '@/lib/register/register-filters';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('register.title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// All staff see the whole register; only privacy staff get the links to edit it.
export default async function StaffRegisterPage({ searchParams }: Props) {
  const ctx = await pageContext('register.view', { returnTo: '/staff/register' });
  const params = await searchParams;
  const { filters, day: asOf } = parseRegisterParams(params);
  const view = params.view === 'all' ? 'all' : 'register';
  const { day, entries, options, upcoming, canManage } = await getStaffRegister(ctx, { view, day: asOf, filters });
  const { t, locale } = await getT();

  return (
    <main id="main" className="page">
      <PageHeader
        title={t('register.title')}
        lead={t('register.staff.lead')}
        actions={
          canManage ? (
            <Link href="/staff/register/new" className="button button-primary">
              {t('register.new')}
            </Link>
          ) : null
        }
      />
      <RegisterFiltersForm
        action="/staff/register"
        t={t}
        locale={locale}
        day={day}
        filters={filters}
        services={options.services}
        countries={options.countries}
        view={view}
      />
      <p className="results-summary" role="status">
        {t('register.count', { count: entries.length })}
        {view === 'register' ? ` · ${t('register.asOf', { date: formatDay(day, locale) })}` : ''}
      </p>
      {entries.length === 0 ? (
        <EmptyState title={t('register.empty.title')}>{t('register.empty.body')}</EmptyState>
      ) : (
        <RegisterTable
          entries={entries}
          t={t}
          locale={locale}
          showStatus={view === 'all'}
          editHref={canManage ? (id) => `/staff/register/${id}` : undefined}
        />
      )}
      <UpcomingChanges changes={upcoming} t={t} locale={locale} hrefFor={(c) => `/staff/change-notices/${c.changeNoticeId}`} />
    </main>
  );
}
