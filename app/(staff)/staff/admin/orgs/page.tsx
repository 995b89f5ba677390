import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdminTabs } from '@/app/_components/admin/admin-tabs';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/ui/badge';
import { buttonClass } from '@/app/_components/ui/button';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { TextField } from '@/app/_components/ui/field';
import { Page } from '@/app/_components/ui/page-shell';
import { RowLink } from '@/app/_components/ui/row-link';
import { Tabs } from '@/app/_components/ui/tabs';
import { pageContext } from '@/lib/core/page';
import { listAdminOrganisations, listAdminOrganisationsInput } from '@/lib/orgs/list-admin-organisations';
import styles from './orgs.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminOrgs');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function href(params: { q: string; archived: 'no' | 'yes'; page?: number }) {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.archived === 'yes') search.set('archived', 'yes');
  if (params.page && params.page > 1) search.set('page', String(params.page));
  const query = search.toString();
  return query ? `/staff/admin/orgs?${query}` : '/staff/admin/orgs';
}

// Admins only: the page authorizes itself, and so does every action it leads to.
export default async function AdminOrganisationsPage({ searchParams }: Props) {
  const ctx = await pageContext('admin.orgs.manage', { returnTo: '/staff/admin/orgs' });
  const params = await searchParams;
  const input = listAdminOrganisationsInput.parse({ q: first(params.q), archived: first(params.archived), page: first(params.page) });
  const [list, t] = await Promise.all([listAdminOrganisations(ctx, input), getTranslations('adminOrgs')]);

  return (
    <Page>
      <AdminTabs current="orgs" />
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        actions={
          <Link href="/staff/admin/orgs/new" className={buttonClass()}>
            {t('new')}
          </Link>
        }
      />
      <Tabs
        label={t('caption')}
        items={[
          { href: href({ q: list.q, archived: 'no' }), label: t('filter.working'), current: list.archived === 'no' },
          { href: href({ q: list.q, archived: 'yes' }), label: t('filter.archived'), current: list.archived === 'yes' },
        ]}
      />
      <form className={styles.toolbar} role="search" method="get" action="/staff/admin/orgs">
        <TextField name="q" type="search" label={t('search.label')} defaultValue={list.q} maxLength={200} autoComplete="off" />
        {list.archived === 'yes' ? <input type="hidden" name="archived" value="yes" /> : null}
        <button type="submit" className={buttonClass({ variant: 'secondary' })}>
          {t('search.submit')}
        </button>
      </form>
      <DataTable
        caption={t('caption')}
        captionHidden
        linkedRows
        columns={[
          { key: 'customerNumber', label: t('col.customerNumber') },
          { key: 'legalName', label: t('col.legalName') },
          { key: 'city', label: t('col.city') },
          { key: 'state', label: t('col.state') },
        ]}
        rows={list.rows.map((o) => ({
          key: o.id,
          cells: {
            customerNumber: <RowLink href={`/staff/admin/orgs/${o.id}`}>{o.customerNumber}</RowLink>,
            legalName: o.legalName,
            city: o.city,
            state: o.archivedAt ? <Badge tone="neutral">{t('archivedBadge')}</Badge> : null,
          },
        }))}
        empty={<EmptyState title={t('empty')} />}
      />
      {list.pages > 1 ? (
        <nav className={styles.pager} aria-label={t('page', { page: list.page, pages: list.pages })}>
          {list.page > 1 ? <Link href={href({ ...list, page: list.page - 1 })}>{t('prev')}</Link> : null}
          <span>{t('page', { page: list.page, pages: list.pages })}</span>
          {list.page < list.pages ? <Link href={href({ ...list, page: list.page + 1 })}>{t('next')}</Link> : null}
        </nav>
      ) : null}
    </Page>
  );
}
