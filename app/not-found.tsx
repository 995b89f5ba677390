import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StatusPage } from './_components/status-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notFound');
  return { title: t('title') };
}

// Also what a customer sees for another organisation's pages: we do not confirm that they exist.
export default async function NotFound() {
  const t = await getTranslations();
  return <StatusPage code={404} title={t('notFound.title')} body={t('common.error.notFound')} back={t('notFound.back')} />;
}
