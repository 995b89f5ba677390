import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/page-header';
import { getT } from '@/lib/i18n/server';
import { getSettings as getProviderSettings } from '@/lib/core/settings';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('legal.imprint.title') };
}

// Public: the provider's legal identity, from the settings row (no personal data of customers).
export default async function ImprintPage() {
  const { t } = await getT();
  const provider = await getProviderSettings();
  return (
    <main id="main" className="page page-narrow">
      <PageHeader title={t('legal.imprint.title')} />
      {provider ? (
        <div className="card prose">
          <h2>{t('legal.imprint.provider')}</h2>
          <p>
            <strong>{provider.providerName}</strong>
            <br />
            {provider.providerAddress}
          </p>
          <h2>{t('legal.imprint.managingDirector')}</h2>
          <p>{provider.managingDirector}</p>
          <h2>{t('legal.imprint.contact')}</h2>
          <p>
            <a href={`mailto:${provider.supportEmail}`}>{provider.supportEmail}</a>
            <br />
            <a href={`tel:${provider.supportPhone.replace(/[^+\d]/g, '')}`}>{provider.supportPhone}</a>
          </p>
          {provider.isSample ? <p className="sample-note">{t('footer.sample')}</p> : null}
        </div>
      ) : null}
    </main>
  );
}
