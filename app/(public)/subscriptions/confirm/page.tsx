import type { Metadata } from 'next';
import { getT } from '@/lib/i18n/server';
import { ConfirmForm } from './confirm-form';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('subscriptions.confirm.title'), robots: { index: false } };
}

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// Public: the link from the confirmation mail. Opening it changes nothing (scanners open links);
// the button posts the token. Whether the token is valid is only told after the POST.
export default async function ConfirmContactPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const { t } = await getT();
  const value = typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">{t('common.appName')}</p>
        <h1>{t('subscriptions.confirm.title')}</h1>
        {value ? (
          <>
            <p className="lead">{t('subscriptions.confirm.text')}</p>
            <ConfirmForm
              token={value}
              labels={{
                submit: t('subscriptions.confirm.submit'),
                pending: t('subscriptions.confirm.submitting'),
                done: t('subscriptions.confirm.done'),
              }}
            />
          </>
        ) : (
          <p className="notice notice-error" role="alert">
            {t('subscriptions.confirm.missing')}
          </p>
        )}
      </div>
    </main>
  );
}
