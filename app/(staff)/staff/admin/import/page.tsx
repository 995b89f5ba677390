import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminTabs } from '@/app/_components/admin/admin-tabs';
import { PageHeader } from '@/app/_components/page-header';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { ImportForm } from './import-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminImport');
  return { title: t('title') };
}

// Admins only: the page authorizes itself, and so does the action (both steps).
export default async function ImportPage() {
  await pageContext('admin.import', { returnTo: '/staff/admin/import' });
  const t = await getTranslations('adminImport');
  return (
    <Page width="narrow">
      <AdminTabs current="import" />
      <PageHeader title={t('title')} lead={t('lead')} />
      <Card>
        <p>{t('columns')}</p>
        <ClientMessages namespaces={['adminImport']}>
          <ImportForm />
        </ClientMessages>
      </Card>
    </Page>
  );
}
