import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/app/_components/empty-state';
import { formatDay, formatNumber } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/status-badge';
import { changeNoticeStatuses, listChangeNotices, type ChangeNoticeStatus } from '@/lib/change-notices/list-change-notices';
import { pageContext } from '@/lib/core/page';
import { getT } from '@/lib/i18n/server';
import { changeNoticeTone } from './status-tone';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('changeNotice.title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// All staff may look; only privacy staff get the button to draft a new notice.
export default async function ChangeNoticesPage({ searchParams }: Props) {
  const ctx = await pageContext('notices.view.staff', { returnTo: '/staff/change-notices' });
  const raw = (await searchParams).status;
  const status = (changeNoticeStatuses as readonly string[]).includes(String(raw)) ? (raw as ChangeNoticeStatus) : undefined;
  const list = await listChangeNotices(ctx, { status });
  const { t, locale } = await getT();

  return (
    <main id="main" className="page">
      <PageHeader
        title={t('changeNotice.title')}
        lead={t('changeNotice.lead')}
        actions={
          list.canManage ? (
            <Link href="/staff/change-notices/new" className="button button-primary">
              {t('changeNotice.new')}
            </Link>
          ) : null
        }
      />
      <nav className="filter-tabs" aria-label={t('register.filter.status')}>
        <ul>
          <li>
            <Link href="/staff/change-notices" aria-current={!status ? 'page' : undefined}>
              {t('changeNotice.filter.all')}
              <span className="filter-tabs-count">{formatNumber(list.total, locale)}</span>
            </Link>
          </li>
          {changeNoticeStatuses.map((s) => (
            <li key={s}>
              <Link href={`/staff/change-notices?status=${s}`} aria-current={s === status ? 'page' : undefined}>
                {t(`changeNotice.status.${s}`)}
                <span className="filter-tabs-count">{formatNumber(list.counts[s], locale)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.rows.length === 0 ? (
        <EmptyState title={t('changeNotice.empty.title')}>{t('changeNotice.empty.body')}</EmptyState>
      ) : (
        <div className="table-card">
          <table className="table table-stack table-rows-linked">
            <caption className="visually-hidden">{t('changeNotice.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('changeNotice.col.title')}</th>
                <th scope="col">{t('changeNotice.col.kind')}</th>
                <th scope="col">{t('changeNotice.col.status')}</th>
                <th scope="col">{t('changeNotice.col.effective')}</th>
                <th scope="col">{t('changeNotice.col.reach')}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" data-label={t('changeNotice.col.title')}>
                    <Link href={`/staff/change-notices/${row.id}`} className="row-link">
                      {row.title[locale]}
                    </Link>
                    <span className="muted small register-categories">
                      {row.replacesName ? `${row.replacesName} → ` : ''}
                      {row.subprocessorName}
                    </span>
                  </th>
                  <td data-label={t('changeNotice.col.kind')}>
                    {t(`changeNotice.kind.${row.kind}`)}
                    {row.isEmergency ? (
                      <>
                        {' '}
                        <Badge tone="danger">{t('changeNotice.emergency')}</Badge>
                      </>
                    ) : null}
                  </td>
                  <td data-label={t('changeNotice.col.status')}>
                    <Badge tone={changeNoticeTone[row.status]}>{t(`changeNotice.status.${row.status}`)}</Badge>
                  </td>
                  <td data-label={t('changeNotice.col.effective')}>
                    {formatDay(row.effectiveDate, locale)}
                  </td>
                  <td data-label={t('changeNotice.col.reach')}>
                    {t('changeNotice.reach', {
                      organisations: formatNumber(row.organisations, locale),
                      deliveries: formatNumber(row.deliveries, locale),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
