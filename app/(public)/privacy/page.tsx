import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/page-header';
import { getT } from '@/lib/i18n/server';
import { getSettings as getProviderSettings } from '@/lib/core/settings';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('legal.privacy.title') };
}

const sections = ['dpa', 'support', 'logs', 'records'] as const;

// Public: the parts of the provider's privacy policy this portal puts into practice.
export default async function PrivacyPage() {
  const { t } = await getT();
  const provider = await getProviderSettings();
  return (
    <main id="main" className="page page-narrow">
      <PageHeader title={t('legal.privacy.title')} lead={t('legal.privacy.lead')} />
      <div className="card prose">
        {sections.map((key) => (
          <section key={key} aria-labelledby={`privacy-${key}`}>
            <h2 id={`privacy-${key}`}>{t(`legal.privacy.${key}.title`)}</h2>
            <p>{t(`legal.privacy.${key}.body`)}</p>
          </section>
        ))}
        {provider ? (
          <section aria-labelledby="privacy-dpo">
            <h2 id="privacy-dpo">{t('legal.privacy.dpo.title')}</h2>
            <p>
              {provider.dpoName}
              <br />
              <a href={`mailto:${provider.dpoEmail}`}>{provider.dpoEmail}</a>
            </p>
          </section>
        ) : null}
      </div>
    </main>
  );
}
