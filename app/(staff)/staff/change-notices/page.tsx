import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatDay, formatNumber } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/ui/badge';
import { buttonClass } from '@/app/_components/ui/button';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { RowLink } from '@/app/_components/ui/row-link';
import { Tabs } from '@/app/_components/ui/tabs';
import { changeNoticeStatuses, listChangeNotices, type ChangeNoticeStatus } from '@/lib/change-notices/list-change-notices';
import { pageContext } from '@/lib/core/page';
import styles from './change-notices.module.css';
import { changeNoticeTone } from './status-tone';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('changeNotice');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// All staff may look; only privacy staff get the button to draft a new notice.
export default async function ChangeNoticesPage({ searchParams }: Props) {
  const ctx = await pageContext('notices.view.staff', { returnTo: '/staff/change-notices' });
  const raw = (await searchParams).status;
  const status = (changeNoticeStatuses as readonly string[]).includes(String(raw)) ? (raw as ChangeNoticeStatus) : undefined;
  const list = await listChangeNotices(ctx, { status });
  const t = await getTranslations('changeNotice');
  const locale = ctx.locale;

  return (
    <Page>
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        actions={
          list.canManage ? (
            <Link href="/staff/change-notices/new" className={buttonClass()}>
              {t('new')}
            </Link>
          ) : null
        }
      />
      <Tabs
        label={t('filter.label')}
        items={[
          { href: '/staff/change-notices', label: t('filter.all'), current: !status, count: formatNumber(list.total, locale) },
          ...changeNoticeStatuses.map((s) => ({
            href: `/staff/change-notices?status=${s}`,
            label: t(`status.${s}`),
            current: s === status,
            count: formatNumber(list.counts[s], locale),
          })),
        ]}
      />
      <DataTable
        caption={t('title')}
        captionHidden
        linkedRows
        columns={[
          { key: 'title', label: t('col.title') },
          { key: 'kind', label: t('col.kind') },
          { key: 'status', label: t('col.status') },
          { key: 'effective', label: t('col.effective') },
          { key: 'reach', label: t('col.reach') },
        ]}
        rows={list.rows.map((row) => ({
          key: row.id,
          cells: {
            title: (
              <>
                <RowLink href={`/staff/change-notices/${row.id}`}>{row.title[locale]}</RowLink>
                <span className={styles.subline}>
                  {row.replacesName ? `${row.replacesName} → ` : ''}
                  {row.subprocessorName}
                </span>
              </>
            ),
            kind: (
              <>
                {t(`kind.${row.kind}`)}
                {row.isEmergency ? (
                  <>
                    {' '}
                    <Badge tone="danger">{t('emergency')}</Badge>
                  </>
                ) : null}
              </>
            ),
            status: <Badge tone={changeNoticeTone[row.status]}>{t(`status.${row.status}`)}</Badge>,
            effective: formatDay(row.effectiveDate, locale),
            reach: t('reach', { organisations: formatNumber(row.organisations, locale), deliveries: formatNumber(row.deliveries, locale) }),
          },
        }))}
        empty={<EmptyState title={t('empty.title')}>{t('empty.body')}</EmptyState>}
      />
    </Page>
  );
}
