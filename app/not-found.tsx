import type { Metadata } from 'next';
import { getT } from '@/lib/i18n/server';
import { StatusPage } from './_components/status-page';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('notFound.title') };
}

// Also what a customer sees for another organisation's pages: we do not confirm that they exist.
export default async function NotFound() {
  const { t } = await getT();
  return (
    <StatusPage code={404} title={t('notFound.title')} body={t('common.error.notFound')} back={t('notFound.back')} />
  );
}
