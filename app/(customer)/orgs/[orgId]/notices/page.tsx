import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/app/_components/format';
import { DaysLeftBadge, NoticeStateBadge, ObjectionBadge } from '@/app/_components/notices/notice-badges';
import { PageHeader } from '@/app/_components/page-header';
import { Pagination } from '@/app/_components/pagination';
import { Badge } from '@/app/_components/ui/badge';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { RowLink } from '@/app/_components/ui/row-link';
import { pageContext } from '@/lib/core/page';
import { listNoticesForOrg } from '@/lib/notices/list-notices-for-org';
import styles from './notices.module.css';

type Props = { params: Promise<{ orgId: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('portalNotices');
  return { title: t('title') };
}

// The organisation's notices, newest first, with unread markers. Authorizes itself: layouts and
// proxy.ts are never the check. Paginated, so the table does not sort in the browser.
export default async function NoticesPage({ params, searchParams }: Props) {
  const { orgId } = await params;
  const ctx = await pageContext('notices.view', { orgId, returnTo: `/orgs/${orgId}/notices` });
  const { page } = await searchParams;
  const list = await listNoticesForOrg(ctx, { orgId, page: Number(page) || 1 });
  if (!list) notFound();
  const [t, locale] = await Promise.all([getTranslations('portalNotices'), getLocale()]);

  return (
    <Page>
      <PageHeader title={t('title')} lead={t('lead')} />
      <DataTable
        caption={t('title')}
        captionHidden
        linkedRows
        columns={[
          { key: 'change', label: t('col.change') },
          { key: 'effective', label: t('col.effective') },
          { key: 'state', label: t('col.state') },
          { key: 'objection', label: t('col.objection') },
        ]}
        rows={list.notices.map((n) => ({
          key: n.noticeId,
          cells: {
            change: (
              <span className={n.unread ? `${styles.change} ${styles.unread}` : styles.change}>
                <span className={styles.kind}>{t(`kind.${n.kind}`)}</span>
                <span className={styles.title}>
                  <RowLink href={`/orgs/${orgId}/notices/${n.noticeId}`}>{n.title[locale]}</RowLink>
                </span>
                {n.unread ? (
                  <Badge tone="info">
                    {t('unread')}
                    <span className="visually-hidden"> ({t('unreadLabel')})</span>
                  </Badge>
                ) : null}
                <span className={styles.sub}>{n.subprocessorName}</span>
              </span>
            ),
            effective: (
              <>
                {formatDateTime(n.effectiveAt, locale, list.timeZone)}
                {n.open ? (
                  <>
                    {' '}
                    <DaysLeftBadge days={n.daysLeft} />
                  </>
                ) : null}
              </>
            ),
            state: <NoticeStateBadge status={n.status} />,
            objection: <ObjectionBadge status={n.objectionStatus} />,
          },
        }))}
        empty={<EmptyState title={t('empty')}>{t('emptyText')}</EmptyState>}
      />
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => `/orgs/${orgId}/notices?page=${p}`} />
    </Page>
  );
}
