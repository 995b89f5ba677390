import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDay } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Pagination } from '@/app/_components/pagination';
import { RegisterFiltersForm } from '@/app/_components/register/register-filters-form';
import registerStyles from '@/app/_components/register/register.module.css';
import { RegisterTable } from '@/app/_components/register/register-table';
import { UpcomingChanges } from '@/app/_components/register/upcoming-changes';
import { buttonClass } from '@/app/_components/ui/button';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { pageContext } from '@/lib/core/page';
import { getStaffRegister } from '@/lib/register/get-staff-register';
import { parseRegisterParams } from '@/lib/register/register-filters';
import { pageOfRegister } from './paging';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('register');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// All staff see the whole register; only privacy staff get the links to edit it. The rows come
// from the shared cache (lib/core/shared-cache.ts) and are filtered and paged in memory: a page
// costs the same statements whatever the number of subprocessors (50 rows a page, ./paging.ts);
// the count names them all.
export default async function StaffRegisterPage({ searchParams }: Props) {
  const ctx = await pageContext('register.view', { returnTo: '/staff/register' });
  const params = await searchParams;
  const { filters, day: asOf } = parseRegisterParams(params);
  const view = params.view === 'all' ? 'all' : 'register';
  const { day, entries, options, upcoming, canManage } = await getStaffRegister(ctx, { view, day: asOf, filters });
  const t = await getTranslations('register');
  const locale = ctx.locale;
  const { page, pageCount, rows: shown, hrefFor } = pageOfRegister(entries, params);

  return (
    <Page>
      <PageHeader
        title={t('title')}
        lead={t('staff.lead')}
        actions={
          canManage ? (
            <Link href="/staff/register/new" className={buttonClass()}>
              {t('new')}
            </Link>
          ) : null
        }
      />
      <RegisterFiltersForm
        action="/staff/register"
        day={day}
        filters={filters}
        services={options.services}
        countries={options.countries}
        view={view}
      />
      <p className={registerStyles.summary} role="status">
        {t('count', { count: entries.length })}
        {view === 'register' ? ` · ${t('asOf', { date: formatDay(day, locale) })}` : ''}
      </p>
      {entries.length === 0 ? (
        <EmptyState title={t('empty.title')}>{t('empty.body')}</EmptyState>
      ) : (
        <RegisterTable entries={shown} showStatus={view === 'all'} editHref={canManage ? (id) => `/staff/register/${id}` : undefined} />
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
      <UpcomingChanges changes={upcoming} hrefFor={(c) => `/staff/change-notices/${c.changeNoticeId}`} />
    </Page>
  );
}
