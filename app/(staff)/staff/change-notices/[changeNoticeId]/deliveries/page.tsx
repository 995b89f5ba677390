import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDateTime, formatNumber } from '@/app/_components/format';
import { PageHeader } from '@/app/_components/page-header';
import { Pagination } from '@/app/_components/pagination';
import { Badge, type Tone } from '@/app/_components/status-badge';
import { EmptyState } from '@/app/_components/empty-state';
import { deliveryStates, listDeliveries, type DeliveryState } from '@/lib/change-notices/list-deliveries';
import { pageContext } from '@/lib/core/page';
import { getT } from '@/lib/i18n/server';
import { RetryForm } from './retry-form';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('notices.deliveries.title') };
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
  const { t, locale } = await getT();
  const pending = list.counts.queued + list.counts.sending;

  return (
    <main id="main" className="page">
      <PageHeader
        eyebrow={
          <Link href={`/staff/change-notices/${changeNoticeId}`}>{t('notices.deliveries.back')}</Link>
        }
        title={`${t('notices.deliveries.title')}: ${list.changeNotice.title[locale]}`}
        lead={t('notices.deliveries.lead')}
        meta={
          <span className="muted">
            {list.changeNotice.announcedAt
              ? t('notices.deliveries.announced', { date: formatDateTime(list.changeNotice.announcedAt, locale) })
              : t('notices.deliveries.notAnnounced')}
            {' · '}
            {t('notices.deliveries.effective', { date: formatDateTime(list.changeNotice.effectiveAt, locale) })}
          </span>
        }
      />

      <section aria-labelledby="counts-title" className="delivery-counts">
        <h2 id="counts-title" className="visually-hidden">
          {t('notices.deliveries.counts')}
        </h2>
        <dl>
          {shownStates.map((s) => (
            <div key={s} className={`delivery-count delivery-count-${s}`}>
              <dt>{t(`notices.deliveries.state.${s}`)}</dt>
              <dd>{formatNumber(s === 'queued' ? pending : list.counts[s], locale)}</dd>
            </div>
          ))}
        </dl>
        <p className="field-hint">{t('notices.deliveries.bouncedHint')}</p>
      </section>

      {list.canRetry ? (
        <RetryForm
          changeNoticeId={changeNoticeId}
          labels={{ submit: t('notices.deliveries.retry'), pending: t('notices.deliveries.retrying'), done: t('notices.deliveries.retried') }}
        />
      ) : null}

      <nav className="filter-tabs" aria-label={t('notices.deliveries.filterLabel')}>
        <ul>
          <li>
            <Link href={href(changeNoticeId)} aria-current={!state ? 'page' : undefined}>
              {t('notices.deliveries.filter.all')}
            </Link>
          </li>
          {deliveryStates.map((s) => (
            <li key={s}>
              <Link href={href(changeNoticeId, s)} aria-current={s === state ? 'page' : undefined}>
                {t(`notices.deliveries.state.${s}`)}
                <span className="filter-tabs-count">{formatNumber(list.counts[s], locale)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <p className="results-summary" role="status">
        {t('notices.deliveries.total', { count: list.total })}
      </p>

      {list.rows.length === 0 ? (
        <EmptyState title={t('notices.deliveries.empty')} />
      ) : (
        <div className="table-card">
          <table className="table table-stack">
            <thead>
              <tr>
                <th scope="col">{t('notices.deliveries.col.organisation')}</th>
                <th scope="col">{t('notices.deliveries.col.recipient')}</th>
                <th scope="col">{t('notices.deliveries.col.state')}</th>
                <th scope="col">{t('notices.deliveries.col.attempts')}</th>
                <th scope="col">{t('notices.deliveries.col.sentAt')}</th>
                <th scope="col">{t('notices.deliveries.col.history')}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <td data-label={t('notices.deliveries.col.organisation')}>
                    <span className="cell-stack">
                      <Link href={`/orgs/${row.orgId}`}>{row.orgName}</Link>
                      <span className="person-meta mono">{row.customerNumber}</span>
                    </span>
                  </td>
                  <th scope="row" data-label={t('notices.deliveries.col.recipient')}>
                    <span className="cell-stack">
                      {row.recipient} <span className="muted small">({row.locale.toUpperCase()})</span>
                    </span>
                  </th>
                  <td data-label={t('notices.deliveries.col.state')}>
                    <Badge tone={tone[row.state]}>{t(`notices.deliveries.state.${row.state}`)}</Badge>
                  </td>
                  <td data-label={t('notices.deliveries.col.attempts')}>{row.attempts}</td>
                  <td data-label={t('notices.deliveries.col.sentAt')}>{row.sentAt ? formatDateTime(row.sentAt, locale) : '–'}</td>
                  <td data-label={t('notices.deliveries.col.history')}>
                    <details className="delivery-history">
                      <summary>{t('notices.deliveries.col.history')}</summary>
                      <ul className="plain-list small">
                        <li>{t('notices.deliveries.history.queued', { date: formatDateTime(row.createdAt, locale) })}</li>
                        <li>{t('notices.deliveries.history.lastChange', { date: formatDateTime(row.updatedAt, locale) })}</li>
                        {row.state === 'queued' ? (
                          <li>{t('notices.deliveries.history.nextAttempt', { date: formatDateTime(row.nextAttemptAt, locale) })}</li>
                        ) : null}
                        {row.lastError ? <li>{t('notices.deliveries.history.lastError', { error: row.lastError })}</li> : null}
                        <li>
                          {t('notices.deliveries.history.messageId')}: <code className="hash-value">{row.messageId}</code>
                        </li>
                      </ul>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => href(changeNoticeId, state, p)} t={t} />
    </main>
  );
}
