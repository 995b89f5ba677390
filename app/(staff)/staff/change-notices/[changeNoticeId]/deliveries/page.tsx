import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { formatDateTime, formatNumber } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Pagination } from '@/app/_components/pagination';
import { Badge, type Tone } from '@/app/_components/ui/badge';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { Tabs } from '@/app/_components/ui/tabs';
import { deliveryStates, listDeliveries, type DeliveryState } from '@/lib/change-notices/list-deliveries';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import styles from './deliveries.module.css';
import { RetryForm } from './retry-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notices.deliveries');
  return { title: t('title') };
}

type Props = {
  params: Promise<{ changeNoticeId: string }>;
  searchParams: Promise<{ state?: string; page?: string }>;
};

const tone: Record<DeliveryState, Tone> = { sent: 'success', queued: 'warning', sending: 'info', failed: 'danger', bounced: 'danger' };
const shownStates = ['sent', 'queued', 'failed', 'bounced'] as const;

function href(id: string, state?: DeliveryState, page?: number) {
  const query = new URLSearchParams();
  if (state) query.set('state', state);
  if (page && page > 1) query.set('page', String(page));
  const qs = query.toString();
  return `/staff/change-notices/${id}/deliveries${qs ? `?${qs}` : ''}`;
}

// All staff see the proof of notification; only privacy staff may queue failed deliveries again.
export default async function DeliveriesPage({ params, searchParams }: Props) {
  const { changeNoticeId } = await params;
  const ctx = await pageContext('notices.view.staff', { returnTo: `/staff/change-notices/${changeNoticeId}/deliveries` });
  const query = await searchParams;
  const state = deliveryStates.find((s) => s === query.state);
  const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
  const list = await listDeliveries(ctx, { changeNoticeId, state, page });
  if (!list) notFound();
  const t = await getTranslations('notices.deliveries');
  const locale = ctx.locale;
  const pending = list.counts.queued + list.counts.sending;

  return (
    <Page>
      <PageHeader
        eyebrow={<Link href={`/staff/change-notices/${changeNoticeId}`}>{t('back')}</Link>}
        title={`${t('title')}: ${list.changeNotice.title[locale]}`}
        lead={t('lead')}
        meta={
          <span className="muted">
            {list.changeNotice.announcedAt
              ? t('announced', { date: formatDateTime(list.changeNotice.announcedAt, locale) })
              : t('notAnnounced')}
            {' · '}
            {t('effective', { date: formatDateTime(list.changeNotice.effectiveAt, locale) })}
          </span>
        }
      />

      <section aria-labelledby="counts-title">
        <h2 id="counts-title" className="visually-hidden">
          {t('counts')}
        </h2>
        <dl className={styles.counts}>
          {shownStates.map((s) => (
            <div key={s} className={[styles.count, styles[s]].filter(Boolean).join(' ')}>
              <dt>{t(`state.${s}`)}</dt>
              <dd>{formatNumber(s === 'queued' ? pending : list.counts[s], locale)}</dd>
            </div>
          ))}
        </dl>
        <p className={styles.hint}>{t('bouncedHint')}</p>
      </section>

      {list.canRetry ? (
        <ClientMessages namespaces={['notices']}>
          <RetryForm changeNoticeId={changeNoticeId} />
        </ClientMessages>
      ) : null}

      <Tabs
        label={t('filterLabel')}
        items={[
          { href: href(changeNoticeId), label: t('filter.all'), current: !state },
          ...deliveryStates.map((s) => ({
            href: href(changeNoticeId, s),
            label: t(`state.${s}`),
            current: s === state,
            count: formatNumber(list.counts[s], locale),
          })),
        ]}
      />

      <p className={styles.summary} role="status">
        {t('total', { count: list.total })}
      </p>

      <DataTable
        caption={t('title')}
        captionHidden
        columns={[
          { key: 'organisation', label: t('col.organisation') },
          { key: 'recipient', label: t('col.recipient') },
          { key: 'state', label: t('col.state') },
          { key: 'attempts', label: t('col.attempts'), align: 'end' },
          { key: 'sentAt', label: t('col.sentAt') },
          { key: 'history', label: t('col.history') },
        ]}
        rows={list.rows.map((row) => ({
          key: row.id,
          cells: {
            organisation: (
              <span className={styles.stack}>
                <Link href={`/orgs/${row.orgId}`}>{row.orgName}</Link>
                <span className={styles.meta}>{row.customerNumber}</span>
              </span>
            ),
            recipient: (
              <span className={styles.stack}>
                <span>
                  {row.recipient} <span className="muted">({row.locale.toUpperCase()})</span>
                </span>
              </span>
            ),
            state: <Badge tone={tone[row.state]}>{t(`state.${row.state}`)}</Badge>,
            attempts: formatNumber(row.attempts, locale),
            sentAt: row.sentAt ? formatDateTime(row.sentAt, locale) : '–',
            history: (
              <details className={styles.history}>
                <summary>{t('col.history')}</summary>
                <ul>
                  <li>{t('history.queued', { date: formatDateTime(row.createdAt, locale) })}</li>
                  <li>{t('history.lastChange', { date: formatDateTime(row.updatedAt, locale) })}</li>
                  {row.state === 'queued' ? <li>{t('history.nextAttempt', { date: formatDateTime(row.nextAttemptAt, locale) })}</li> : null}
                  {row.lastError ? <li>{t('history.lastError', { error: row.lastError })}</li> : null}
                  <li>
                    {t('history.messageId')}: <code>{row.messageId}</code>
                  </li>
                </ul>
              </details>
            ),
          },
        }))}
        empty={<EmptyState title={t('empty')} />}
      />

      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => href(changeNoticeId, state, p)} />
    </Page>
  );
}
