import type { Metadata } from 'next';
import Link from 'next/link';
import { getT } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('notFound.title') };
}

// Also what a customer sees for another organisation's pages: we do not confirm that they exist.
export default async function NotFound() {
  const { t } = await getT();
  return (
    <main id="main" className="page page-narrow status-page">
      <p className="status-code" aria-hidden="true">
        404
      </p>
      <h1>{t('notFound.title')}</h1>
      <p className="lead">{t('common.error.notFound')}</p>
      <p>
        <Link href="/" className="button button-primary">
          {t('notFound.back')}
        </Link>
      </p>
    </main>
  );
}
