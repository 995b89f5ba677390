import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { SampleNote } from '@/app/_components/sample-note';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { getSettings as getProviderSettings } from '@/lib/core/settings';
import styles from '../legal.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('legal.imprint');
  return { title: t('title') };
}

// Public: the provider's legal identity, from the settings row (no personal data of customers).
export default async function ImprintPage() {
  const [t, provider] = await Promise.all([getTranslations('legal.imprint'), getProviderSettings()]);
  return (
    <Page width="narrow">
      <PageHeader title={t('title')} />
      {provider ? (
        <Card as="div">
          <div className={styles.prose}>
            <h2>{t('provider')}</h2>
            <p>
              <strong>{provider.providerName}</strong>
              <br />
              {provider.providerAddress}
            </p>
            <h2>{t('managingDirector')}</h2>
            <p>{provider.managingDirector}</p>
            <h2>{t('contact')}</h2>
            <p>
              <a href={`mailto:${provider.supportEmail}`}>{provider.supportEmail}</a>
              <br />
              <a href={`tel:${provider.supportPhone.replace(/[^+\d]/g, '')}`}>{provider.supportPhone}</a>
            </p>
            {provider.isSample ? <SampleNote /> : null}
          </div>
        </Card>
      ) : null}
    </Page>
  );
}
