import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EmptyState } from '@/app/_components/empty-state';
import { formatDateTime } from '@/app/_components/format';
import { DaysLeftBadge, NoticeStateBadge, ObjectionBadge } from '@/app/_components/notices/notice-badges';
import { PageHeader } from '@/app/_components/page-header';
import { Pagination } from '@/app/_components/pagination';
import { Badge } from '@/app/_components/status-badge';
import { pageContext } from '@/lib/core/page';
import { getT } from '@/lib/i18n/server';
import { listNoticesForOrg } from '@/lib/notices/list-notices-for-org';

type Props = { params: Promise<{ orgId: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('portalNotices.title') };
}

// The organisation's notices, newest first, with unread markers. Authorizes itself: layouts and
// proxy.ts are never the check.
export default async function NoticesPage({ params, searchParams }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('notices.view', { orgId, returnTo: `/orgs/${orgId}/notices` });
  const { page } = await searchParams;
  const list = await listNoticesForOrg(ctx, { orgId, page: Number(page) || 1 });
  if (!list) notFound();
  const { t, locale } = await getT();

  return (
    <main id="main" className="page">
      <PageHeader title={t('portalNotices.title')} lead={t('portalNotices.lead')} />
      {list.notices.length === 0 ? (
        <EmptyState title={t('portalNotices.empty')}>{t('portalNotices.emptyText')}</EmptyState>
      ) : (
        <div className="table-card">
          <table className="table table-stack notices-table">
            <thead>
              <tr>
                <th scope="col">{t('portalNotices.col.change')}</th>
                <th scope="col">{t('portalNotices.col.effective')}</th>
                <th scope="col">{t('portalNotices.col.state')}</th>
                <th scope="col">{t('portalNotices.col.objection')}</th>
              </tr>
            </thead>
            <tbody>
              {list.notices.map((n) => (
                <tr key={n.noticeId} className={n.unread ? 'is-unread' : undefined}>
                  <th scope="row" data-label={t('portalNotices.col.change')}>
                    <span className="notice-kind">{t(`portalNotices.kind.${n.kind}`)}</span>
                    <Link href={`/orgs/${orgId}/notices/${n.noticeId}`} className="notice-link">
                      {n.title[locale]}
                    </Link>
                    {n.unread ? (
                      <Badge tone="info">
                        {t('portalNotices.unread')}
                        <span className="visually-hidden"> ({t('portalNotices.unreadLabel')})</span>
                      </Badge>
                    ) : null}
                    <span className="muted notice-sub">{n.subprocessorName}</span>
                  </th>
                  <td data-label={t('portalNotices.col.effective')}>
                    {formatDateTime(n.effectiveAt, locale, list.timeZone)}
                    {n.open ? (
                      <>
                        {' '}
                        <DaysLeftBadge days={n.daysLeft} t={t} />
                      </>
                    ) : null}
                  </td>
                  <td data-label={t('portalNotices.col.state')}>
                    <NoticeStateBadge status={n.status} t={t} />
                  </td>
                  <td data-label={t('portalNotices.col.objection')}>
                    <ObjectionBadge status={n.objectionStatus} t={t} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => `/orgs/${orgId}/notices?page=${p}`} t={t} />
    </main>
  );
}
