import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { pageContext } from '@/lib/core/page';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { ServiceForm } from '../service-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminServices');
  return { title: t('newTitle') };
}

export default async function NewServicePage() {
  await pageContext('admin.services.manage', { returnTo: '/staff/admin/services/new' });
  const t = await getTranslations('adminServices');
  const empty = { nameDe: '', nameEn: '', category: '', processesPersonalData: false, descriptionDe: '', descriptionEn: '', purposeDe: '', purposeEn: '', dataCategoriesDe: '', dataCategoriesEn: '', dataSubjectsDe: '', dataSubjectsEn: '', specialCategoriesDe: '', specialCategoriesEn: '', natureDe: '', natureEn: '', durationDe: '', durationEn: '', retentionDe: '', retentionEn: '' };
  return (
    <Page width="narrow">
      <p>
        <Link href="/staff/admin/services">← {t('back')}</Link>
      </p>
      <PageHeader title={t('newTitle')} />
      <Card>
        <ClientMessages namespaces={['adminServices']}>
          <ServiceForm values={empty} />
        </ClientMessages>
      </Card>
    </Page>
  );
}
