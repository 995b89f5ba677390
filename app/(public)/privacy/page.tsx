import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { getSettings as getProviderSettings } from '@/lib/core/settings';
import styles from '../legal.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('legal.privacy');
  return { title: t('title') };
}

const sections = ['dpa', 'support', 'logs', 'records'] as const;

// Public: the parts of the provider's privacy policy this portal puts into practice.
export default async function PrivacyPage() {
  const [t, provider] = await Promise.all([getTranslations(), getProviderSettings()]);
  return (
    <Page width="narrow">
      <PageHeader title={t('legal.privacy.title')} lead={t('legal.privacy.lead')} />
      <Card as="div">
        <div className={styles.prose}>
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
      </Card>
    </Page>
  );
}
