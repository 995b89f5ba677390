import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { AnonymiseCallForm } from './anonymise-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('supportDesk.calls');
  return { title: t('title') };
}

// The call list holds no numbers; this page is where an agent honours a caller's objection.
export default async function CallListPage() {
  await pageContext('calls.anonymise', { returnTo: '/staff/support/calls' });
  const t = await getTranslations('supportDesk.calls');
  return (
    <Page width="narrow">
      <PageHeader title={t('title')} lead={t('lead')} />
      <Card>
        <ClientMessages namespaces={['supportDesk']}>
          <AnonymiseCallForm />
        </ClientMessages>
      </Card>
    </Page>
  );
}
