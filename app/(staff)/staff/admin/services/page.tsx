import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminTabs } from '@/app/_components/admin/admin-tabs';
import { PageHeader } from '@/app/_components/page-header';
import { Badge } from '@/app/_components/ui/badge';
import { buttonClass } from '@/app/_components/ui/button';
import { DataTable } from '@/app/_components/ui/data-table';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { Page } from '@/app/_components/ui/page-shell';
import { RowLink } from '@/app/_components/ui/row-link';
import { pageContext } from '@/lib/core/page';
import type { Locale } from '@/lib/i18n/config';
import { listServicesAdmin } from '@/lib/services/list-services-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminServices');
  return { title: t('title') };
}

// Admins only: the page authorizes itself, and so do the actions behind it.
export default async function ServicesAdminPage() {
  const ctx = await pageContext('admin.services.manage', { returnTo: '/staff/admin/services' });
  const [list, t, locale] = await Promise.all([listServicesAdmin(ctx), getTranslations('adminServices'), getLocale() as Promise<Locale>]);
  return (
    <Page>
      <AdminTabs current="services" />
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        actions={
          <Link href="/staff/admin/services/new" className={buttonClass()}>
            {t('new')}
          </Link>
        }
      />
      <DataTable
        caption={t('caption')}
        captionHidden
        linkedRows
        columns={[
          { key: 'name', label: t('col.name'), sortable: true },
          { key: 'code', label: t('col.code') },
          { key: 'category', label: t('col.category'), sortable: true },
          { key: 'processing', label: t('col.processing') },
        ]}
        rows={list.map((s) => ({
          key: s.id,
          cells: {
            name: <RowLink href={`/staff/admin/services/${s.id}`}>{s.name[locale]}</RowLink>,
            code: s.code,
            category: s.category,
            processing: s.processesPersonalData ? <Badge tone="info">{t('yes')}</Badge> : <Badge tone="neutral">{t('no')}</Badge>,
          },
          sort: { name: s.name[locale], category: s.category },
        }))}
        empty={<EmptyState title={t('empty')} />}
      />
    </Page>
  );
}
