import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminTabs } from '@/app/_components/admin/admin-tabs';
import { PageHeader } from '@/app/_components/page-header';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getSettingsForm } from '@/lib/settings-admin/get-settings-form';
import { SettingsForm } from './settings-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminSettings');
  return { title: t('title') };
}

// Admins only: the page authorizes itself, and so does its action.
export default async function SettingsAdminPage() {
  const ctx = await pageContext('admin.settings.manage', { returnTo: '/staff/admin/settings' });
  const [values, t] = await Promise.all([getSettingsForm(ctx), getTranslations('adminSettings')]);
  return (
    <Page width="narrow">
      <AdminTabs current="settings" />
      <PageHeader title={t('title')} lead={t('lead')} />
      <Card>
        <ClientMessages namespaces={['adminSettings']}>
          <SettingsForm values={values} />
        </ClientMessages>
      </Card>
    </Page>
  );
}
