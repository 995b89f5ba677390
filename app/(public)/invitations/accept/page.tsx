import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { AcceptForm } from './accept-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('people.invitation');
  return { title: t('title'), robots: { index: false } };
}

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// Public: the link from the invitation mail. Opening it changes nothing (scanners open links);
// the button posts the token. Whether the token is valid is only told after the POST.
export default async function AcceptInvitationPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const t = await getTranslations('people.invitation');
  const value = typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
  return (
    <Page width="single">
      <Card as="div">
        <h1>{t('title')}</h1>
        {value ? (
          <>
            <p className="lead">{t('text')}</p>
            <ClientMessages namespaces={['people']}>
              <AcceptForm token={value} />
            </ClientMessages>
          </>
        ) : (
          <Callout tone="danger" role="alert">
            {t('missing')}
          </Callout>
        )}
      </Card>
    </Page>
  );
}
