import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Button, buttonClass } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { getActor } from '@/lib/auth/authorize';
import { safeCallbackUrl } from '@/lib/auth/safe-callback-url';
import { env } from '@/lib/env';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { signInWithIdpAction } from './actions';
import { SignInForm } from './sign-in-form';
import styles from './sign-in.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signIn');
  return { title: t('title') };
}

type Props = { searchParams: Promise<{ error?: string; callbackUrl?: string }> };

// Public page; a signed-in user is sent on to where they wanted to go.
export default async function SignInPage({ searchParams }: Props) {
  const { error, callbackUrl } = await searchParams;
  const target = safeCallbackUrl(callbackUrl, env().APP_URL);
  if (await getActor()) redirect(target);
  const t = await getTranslations();
  const errorKey = error === 'Verification' ? 'linkInvalid' : error === 'OidcRefused' ? 'oidcRefused' : 'accessDenied';
  const linkError = error ? t(`auth.signIn.${errorKey}`) : null;
  const { oidc } = env();
  const callback = target === '/' ? undefined : target;

  return (
    <Page width="single">
      <Card as="div">
        <p className={styles.brand}>{t('common.appName')}</p>
        <h1>{t('auth.signIn.title')}</h1>
        {linkError ? (
          <Callout tone="danger" role="alert">
            {linkError}
          </Callout>
        ) : null}
        {oidc ? (
          // Staff sign in at the provider's identity provider (decision 0068); customers below, by link.
          <>
            <section aria-labelledby="sign-in-staff" className={styles.staff}>
              <h2 id="sign-in-staff">{t('auth.signIn.staffTitle')}</h2>
              <p>{t('auth.signIn.staffText', { name: oidc.name })}</p>
              <form action={signInWithIdpAction}>
                {callback ? <input type="hidden" name="callbackUrl" value={callback} /> : null}
                <Button type="submit" variant="secondary" block>
                  {t('auth.signIn.staffSubmit', { name: oidc.name })}
                </Button>
              </form>
            </section>
            <h2 className={styles.customers}>{t('auth.signIn.customerTitle')}</h2>
          </>
        ) : null}
        <p className="lead">{t('auth.signIn.intro')}</p>
        <ClientMessages namespaces={['auth']}>
          <SignInForm callbackUrl={callback} />
        </ClientMessages>
        <p className={`muted ${styles.note}`}>{t('auth.signIn.noAccount')}</p>
      </Card>
      {env().mailbox ? (
        <Card as="aside" muted title={t('auth.demo.title')}>
          <p>{t('auth.demo.text')}</p>
          <ul className={styles.accounts}>
            {Object.entries(demoAccounts).map(([role, email]) => (
              <li key={role}>
                <code>{email}</code> <span className="muted">({role})</span>
              </li>
            ))}
          </ul>
          <Link href="/dev/mailbox" className={buttonClass({ variant: 'secondary' })}>
            {t('auth.demo.mailbox')}
          </Link>
        </Card>
      ) : null}
    </Page>
  );
}
