import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { DpaStatusBadge, SupportLevelBadge } from '@/app/_components/status-badge';
import { Badge } from '@/app/_components/ui/badge';
import { buttonClass } from '@/app/_components/ui/button';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { RowLink } from '@/app/_components/ui/row-link';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { searchCandidateCap, searchCustomers, searchCustomersInput } from '@/lib/support/search-customers';
import { SearchBox } from './support/search-box';
import styles from './support/support.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('supportDesk');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function staffHref(q: string, page: number) {
  const search = new URLSearchParams();
  if (q) search.set('q', q);
  if (page > 1) search.set('page', String(page));
  const query = search.toString();
  return query ? `/staff?${query}` : '/staff';
}

// The staff home is the support desk's search (issue 10): by customer number, name (typos too),
// e-mail, contact person or phone number in any format. Authorized here, in the page; the search
// checks again and writes the audit event the TOMs promise for support lookups.
export default async function StaffHomePage({ searchParams }: Props) {
  const ctx = await pageContext('support.search', { returnTo: '/staff' });
  const params = await searchParams;
  const input = searchCustomersInput.parse({ q: first(params.q), page: first(params.page) });
  const result = await searchCustomers(ctx, input);
  const t = await getTranslations('supportDesk');
  const { q, page } = result;

  return (
    <Page>
      <PageHeader title={t('title')} lead={t('lead')} />
      <ClientMessages namespaces={['supportDesk']}>
        <SearchBox key={q} defaultValue={q} />
      </ClientMessages>

      <p role="status" className={styles.hint}>
        {q ? t('results.for', { count: result.hits.length, q }) : t('results.all')}
      </p>

      <DataTable
        caption={t('results.caption', { page })}
        captionHidden
        linkedRows
        columns={[
          { key: 'name', label: t('col.name') },
          { key: 'customerNumber', label: t('col.customerNumber') },
          { key: 'city', label: t('col.city') },
          { key: 'status', label: t('col.status') },
          { key: 'support', label: t('col.support') },
          { key: 'contract', label: t('col.contract') },
          { key: 'matched', label: t('col.matched') },
        ]}
        rows={result.hits.map((hit) => ({
          key: hit.id,
          cells: {
            name: <RowLink href={`/staff/support/${hit.id}`}>{hit.legalName}</RowLink>,
            customerNumber: <span className={styles.mono}>{hit.customerNumber}</span>,
            city: hit.city,
            status: <DpaStatusBadge status={hit.status} />,
            support: <SupportLevelBadge level={hit.supportLevel} />,
            contract: hit.serviceContract ? <Badge tone="info">{t('contract.yes')}</Badge> : t('contract.no'),
            matched: t(`matchedBy.${hit.matchedBy}`),
          },
        }))}
        empty={
          <EmptyState
            title={t('empty.title')}
            action={
              <Link href="/staff" className={buttonClass({ variant: 'secondary' })}>
                {t('empty.reset')}
              </Link>
            }
          >
            {t('empty.body')}
          </EmptyState>
        }
      />

      {result.capped ? (
        <p className="muted" role="status">
          {t('pager.capped', { count: searchCandidateCap })}
        </p>
      ) : null}
      {page > 1 || result.hasNext ? (
        <nav className={styles.pager} aria-label={t('pager.label')}>
          {page > 1 ? (
            <Link href={staffHref(q, page - 1)} className={buttonClass({ variant: 'secondary' })} rel="prev">
              {t('pager.previous')}
            </Link>
          ) : (
            <span />
          )}
          {result.hasNext ? (
            <Link href={staffHref(q, page + 1)} className={buttonClass({ variant: 'secondary' })} rel="next">
              {t('pager.next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </Page>
  );
}
