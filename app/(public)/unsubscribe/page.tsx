import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { UnsubscribeForm } from './unsubscribe-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.unsubscribe');
  return { title: t('title'), robots: { index: false } };
}

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// Public: the link at the end of every change notice to a notice contact. Opening it changes
// nothing; the button posts the token, and only then is it checked.
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token } = await searchParams;
  const t = await getTranslations('account.unsubscribe');
  const value = typeof token === 'string' && /^[0-9a-fA-F-]{36}\.[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
  return (
    <Page width="single">
      <Card as="div">
        <h1>{t('title')}</h1>
        {value ? (
          <>
            <p className="lead">{t('lead')}</p>
            <ClientMessages namespaces={['account']}>
              <UnsubscribeForm token={value} />
            </ClientMessages>
          </>
        ) : (
          <Callout tone="danger" role="alert">
            {t('invalid')}
          </Callout>
        )}
      </Card>
    </Page>
  );
}
