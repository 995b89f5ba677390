'use client';

// The error boundary: a client component inside the root layout, so it translates with the
// namespaces the layout provides ('errorPage'). It never shows error.message or a stack: only the
// digest, which matches the server log line.
import { useTranslations } from 'next-intl';
import { StatusPage } from './_components/status-page';
import { Button } from './_components/ui/button';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('errorPage');
  const digest = error instanceof Error && 'digest' in error ? String((error as { digest?: unknown }).digest ?? '') : '';
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
