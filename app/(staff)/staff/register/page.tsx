import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { EmptyState } from '@/app/_components/empty-state';
import { formatDay } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { authorizePage } from '@/lib/auth/authorize';
import { decide } from '@/lib/auth/permissions';
import { getT } from '@/lib/i18n/server';
import { localDate } from '@/lib/notices/compute-effective-date';
import { getNoticeSettings } from '@/lib/notices/get-notice-settings';
import { listSubprocessors, registerAsOf } from '@/lib/register/get-register';
import { getRegisterOptions } from '@/lib/register/get-register-options';
import { listUpcomingChanges } from '@/lib/register/list-upcoming-changes';
import { parseRegisterParams } from '@/lib/register/register-filters';
import { RegisterFiltersForm } from './register-filters-form';
import { RegisterTable } from './register-table';
import { UpcomingChanges } from './upcoming-changes';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('register.title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// All staff see the whole register; only privacy staff get the links to edit it.
export default async function StaffRegisterPage({ searchParams }: Props) {
  const actor = await authorizePage('register.view', { returnTo: '/staff/register' });
  const params = await searchParams;
  const { filters, day: asOf } = parseRegisterParams(params);
  const view = params.view === 'all' ? 'all' : 'register';
  const db = getDb();
  const { timeZone } = await getNoticeSettings(db);
  const day = asOf ?? localDate(new Date(), timeZone);
  const [entries, options, upcoming] = await Promise.all([
    view === 'all' ? listSubprocessors(db, filters) : registerAsOf(db, day, filters),
    getRegisterOptions(db),
    listUpcomingChanges(db),
  ]);
  const { t, locale } = await getT();
  const canManage = decide(actor, 'register.manage') === 'allow';

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
      <UpcomingChanges changes={upcoming} t={t} locale={locale} hrefFor={(c) => `/staff/notices/${c.changeNoticeId}`} />
    </main>
  );
}
