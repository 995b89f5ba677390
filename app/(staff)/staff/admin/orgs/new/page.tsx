import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { pageContext } from '@/lib/core/page';
import { OrganisationForm } from '../organisation-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminOrgs');
  return { title: t('newTitle') };
}

export default async function NewOrganisationPage() {
  await pageContext('admin.orgs.manage', { returnTo: '/staff/admin/orgs/new' });
  const t = await getTranslations('adminOrgs');
  return (
    <Page width="narrow">
      <p>
        <Link href="/staff/admin/orgs">← {t('back')}</Link>
      </p>
      <PageHeader title={t('newTitle')} />
      <Card>
        <ClientMessages namespaces={['adminOrgs']}>
          <OrganisationForm
            values={{ customerNumber: '', legalName: '', street: '', postalCode: '', city: '', country: 'DE', locale: 'de', professionalSecrecy: false, phones: [], contacts: [] }}
          />
        </ClientMessages>
      </Card>
    </Page>
  );
}
