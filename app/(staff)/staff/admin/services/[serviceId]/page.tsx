import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getServiceForm } from '@/lib/services/list-services-admin';
import { ServiceForm } from '../service-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminServices');
  return { title: t('title') };
}

// Authorize first, then a malformed or unknown id is a 404.
export default async function EditServicePage({ params }: { params: Promise<{ serviceId: string }> }) {
  const { serviceId } = await params;
  const ctx = await pageContext('admin.services.manage', { returnTo: `/staff/admin/services/${encodeURIComponent(serviceId)}` });
  const [service, t] = await Promise.all([getServiceForm(ctx, { serviceId }), getTranslations('adminServices')]);
  if (!service) notFound();
  return (
    <Page width="narrow">
      <p>
        <Link href="/staff/admin/services">← {t('back')}</Link>
      </p>
      <PageHeader title={service.values.nameDe} eyebrow={service.code} />
      <Card>
        <ClientMessages namespaces={['adminServices']}>
          <ServiceForm serviceId={service.id} values={service.values} />
        </ClientMessages>
      </Card>
    </Page>
  );
}
