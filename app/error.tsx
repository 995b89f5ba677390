'use client';

// The error boundary: a client component inside the root layout, so it translates with the
// namespaces the layout provides ('errorPage'). It never shows error.message or a stack: only the
// digest, which matches the server log line.
import { useTranslations } from 'next-intl';
import { UNAVAILABLE_DIGEST } from '@/db/unavailable';
import { StatusPage } from './_components/status-page';
import { Button } from './_components/ui/button';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('errorPage');
  const digest = error instanceof Error && 'digest' in error ? String((error as { digest?: unknown }).digest ?? '') : '';
  if (digest === UNAVAILABLE_DIGEST) {
    // The database is unreachable (db/unavailable.ts): a pause, not a fault; server.mjs answers 503.
    return (
      <StatusPage code={503} title={t('unavailableTitle')} body={t('unavailableBody')} back={t('home')} action={<Button onClick={() => retry()}>{t('retry')}</Button>} />
    );
  }
  return (
    <StatusPage code={500} title={t('title')} body={t('body')} back={t('home')} action={<Button onClick={() => retry()}>{t('retry')}</Button>}>
      {digest ? (
        <p>
          {t('reference')} <code>{digest}</code>
        </p>
      ) : null}
    </StatusPage>
  );
}
