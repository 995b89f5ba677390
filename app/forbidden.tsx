import Link from 'next/link';
import { getT } from '@/lib/i18n/server';

// Rendered by forbidden() (authInterrupts) with status 403: signed in, but without the needed role.
export default async function Forbidden() {
  const { t } = await getT();
  return (
    <main id="main" className="page page-narrow status-page">
      <title>{`${t('forbidden.title')} · ${t('common.appName')}`}</title>
      <p className="status-code" aria-hidden="true">
        403
      </p>
      <h1>{t('forbidden.title')}</h1>
      <p className="lead">{t('forbidden.body')}</p>
      <p>
        <Link href="/" className="button button-primary">
          {t('notFound.back')}
        </Link>
      </p>
    </main>
  );
}
