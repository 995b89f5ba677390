import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/app/_components/empty-state';
import { formatNumber } from '@/app/_components/format';
import { SearchIcon } from '@/app/_components/icons';
import { PageHeader } from '@/app/_components/page-header';
import { Pagination } from '@/app/_components/pagination';
import { DpaStatusBadge, SupportLevelBadge } from '@/app/_components/status-badge';
import { pageContext } from '@/lib/core/page';
import { getT } from '@/lib/i18n/server';
import { listOrganisations, listOrganisationsInput, statusFilters, type StatusFilter } from '@/lib/orgs/list-organisations';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('staff.title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function staffHref(params: { q: string; status: StatusFilter; page?: number }) {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.status !== 'all') search.set('status', params.status);
  if (params.page && params.page > 1) search.set('page', String(params.page));
  const query = search.toString();
  return query ? `/staff?${query}` : '/staff';
}

// Search, filter and page live in the URL (GET), so every view of the list can be shared.
export default async function StaffHomePage({ searchParams }: Props) {
  const ctx = await pageContext('staff.orgs.list', { returnTo: '/staff' });
  const params = await searchParams;
  const input = listOrganisationsInput.parse({ q: first(params.q), status: first(params.status), page: first(params.page) });
  const list = await listOrganisations(ctx, input);
  const { t, locale } = await getT();
  const { q, status } = list;
  const filterLabel = (f: StatusFilter) => (f === 'all' ? t('staff.filter.all') : t(`dpaStatus.${f}`));

  return (
    <main id="main" className="page">
      <PageHeader title={t('staff.title')} lead={t('staff.lead')} />

      <form className="toolbar" role="search" method="get" action="/staff">
        <div className="field field-grow">
          <label htmlFor="q">{t('staff.search.label')}</label>
          <div className="input-with-icon">
            <SearchIcon />
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={q}
              maxLength={200}
              autoComplete="off"
              spellCheck={false}
              aria-describedby="q-hint"
            />
          </div>
          <p id="q-hint" className="field-hint">
            {t('staff.search.hint')}
          </p>
        </div>
        {/* On phones the filter is this select; wider screens show the same choice as tabs below. */}
        <div className="field field-status">
          <label htmlFor="status">{t('staff.filter.label')}</label>
          <select id="status" name="status" defaultValue={status}>
            {statusFilters.map((f) => (
              <option key={f} value={f}>
                {`${filterLabel(f)} (${formatNumber(list.counts[f], locale)})`}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-actions">
          <button type="submit" className="button button-primary">
            {t('staff.search.submit')}
          </button>
          {q || status !== 'all' ? (
            <Link href="/staff" className="button button-ghost">
              {t('staff.search.reset')}
            </Link>
          ) : null}
        </div>
      </form>

      <nav className="filter-tabs" aria-label={t('staff.filter.label')}>
        <ul>
          {statusFilters.map((f) => (
            <li key={f}>
              <Link href={staffHref({ q, status: f })} aria-current={f === status ? 'page' : undefined}>
                {filterLabel(f)}
                <span className="filter-tabs-count">{formatNumber(list.counts[f], locale)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <p className="results-summary" role="status">
        {q ? t('staff.resultsFor', { total: list.total, q }) : t('staff.results', { total: list.total })}
      </p>

      {list.rows.length === 0 ? (
        <EmptyState
          title={t('staff.empty.title')}
          action={
            <Link href="/staff" className="button button-secondary">
              {t('staff.search.reset')}
            </Link>
          }
        >
          {t('staff.empty.body')}
        </EmptyState>
      ) : (
        <div className="table-card">
          <table className="table table-stack table-rows-linked">
            <caption className="visually-hidden">
              {t('staff.table.caption', { page: list.page, pages: list.pageCount })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.col.customerNumber')}</th>
                <th scope="col">{t('staff.col.name')}</th>
                <th scope="col">{t('staff.col.city')}</th>
                <th scope="col">{t('staff.col.status')}</th>
                <th scope="col">{t('staff.col.version')}</th>
                <th scope="col">{t('staff.col.support')}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <td data-label={t('staff.col.customerNumber')}>
                    <span className="mono">{row.customerNumber}</span>
                  </td>
                  <th scope="row" data-label={t('staff.col.name')}>
                    <Link href={`/orgs/${row.id}`} className="row-link">
                      {row.legalName}
                    </Link>
                  </th>
                  <td data-label={t('staff.col.city')}>{row.city}</td>
                  <td data-label={t('staff.col.status')}>
                    <DpaStatusBadge status={row.status} t={t} />
                  </td>
                  <td data-label={t('staff.col.version')}>
                    {row.agreementVersion !== null ? (
                      t('dashboard.dpa.versionValue', { version: row.agreementVersion })
                    ) : (
                      <>
                        <span className="muted" aria-hidden="true">
                          –
                        </span>
                        <span className="visually-hidden">{t('staff.col.noVersion')}</span>
                      </>
                    )}
                  </td>
                  <td data-label={t('staff.col.support')}>
                    <SupportLevelBadge level={row.supportLevel} t={t} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => staffHref({ q, status, page })}
        t={t}
      />
    </main>
  );
}
