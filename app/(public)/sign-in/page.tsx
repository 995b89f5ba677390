import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { getActor } from '@/lib/auth/authorize';
import { safeCallbackUrl } from '@/lib/auth/safe-callback-url';
import { env } from '@/lib/env';
import { getT } from '@/lib/i18n/server';
import { SignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('auth.signIn.title') };
}

type Props = { searchParams: Promise<{ error?: string; callbackUrl?: string }> };

// Public page; a signed-in user is sent on to where they wanted to go.
export default async function SignInPage({ searchParams }: Props) {
  const { error, callbackUrl } = await searchParams;
  const target = safeCallbackUrl(callbackUrl, env().APP_URL);
  if (await getActor()) redirect(target);
  const { t } = await getT();
  const linkError =
    error === 'Verification' ? t('auth.signIn.linkInvalid') : error ? t('auth.signIn.accessDenied') : null;

  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">{t('common.appName')}</p>
        <h1>{t('auth.signIn.title')}</h1>
        <p className="lead">{t('auth.signIn.intro')}</p>
        {linkError ? (
          <p className="notice notice-error" role="alert">
            {linkError}
          </p>
        ) : null}
        <SignInForm
          callbackUrl={target === '/' ? undefined : target}
          labels={{
            email: t('auth.signIn.email'),
            emailHint: t('auth.signIn.emailHint'),
            submit: t('auth.signIn.submit'),
            sending: t('auth.signIn.sending'),
            sentTitle: t('auth.signIn.sentTitle'),
            sent: t('auth.signIn.sent'),
            again: t('auth.signIn.again'),
          }}
        />
        <p className="muted">{t('auth.signIn.noAccount')}</p>
      </div>
      {env().mailbox ? (
        <aside className="auth-card demo-card" aria-labelledby="demo-title">
          <h2 id="demo-title">{t('auth.demo.title')}</h2>
          <p>{t('auth.demo.text')}</p>
          <ul className="demo-accounts">
            {Object.entries(demoAccounts).map(([role, email]) => (
              <li key={role}>
                <code>{email}</code> <span className="muted">({role})</span>
              </li>
            ))}
          </ul>
          <Link href="/dev/mailbox" className="button button-secondary">
            {t('auth.demo.mailbox')}
          </Link>
        </aside>
      ) : null}
    </main>
  );
}
