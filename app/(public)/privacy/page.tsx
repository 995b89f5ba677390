import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/page-header';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { getSettings as getProviderSettings } from '@/lib/core/settings';
import { retentionMessageValues, retentionPeriods } from '@/lib/records/retention';
import styles from '../legal.module.css';
import notice from './privacy.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('privacyNotice');
  return { title: t('title') };
}

/** The provider's policy statements this portal puts into practice (kept from the first privacy page). */
const policySections = ['dpa', 'support', 'logs', 'records'] as const;
/** The portal's own processing (issue 12): each with purpose, data, legal basis and retention. */
const processing = ['signIn', 'sessions', 'audit', 'mail', 'calls', 'signing', 'verify'] as const;

// Public: the portal's own privacy notice (Art. 13 GDPR). The controller and DPO come from the
// provider settings, every retention period from lib/records/retention.ts, so the notice says what runs.
export default async function PrivacyPage() {
  const [t, tLegal, provider] = await Promise.all([getTranslations('privacyNotice'), getTranslations('legal.privacy'), getProviderSettings()]);
  // The same figures the pruning jobs delete by (lib/records/retention.ts).
  const retentionVars = retentionMessageValues(retentionPeriods(provider));
  return (
    <Page width="narrow">
      <PageHeader title={t('title')} lead={t('lead')} />
      <Card as="div">
        <div className={styles.prose}>
          {provider ? (
            <>
              <section aria-labelledby="privacy-controller">
                <h2 id="privacy-controller">{t('controller.title')}</h2>
                <p>
                  {provider.providerName}
                  <br />
                  {provider.providerAddress}
                  <br />
                  {t('controller.managingDirector', { name: provider.managingDirector })}
                  <br />
                  {t('controller.contact', { email: provider.supportEmail, phone: provider.supportPhone })}
                </p>
              </section>
              <section aria-labelledby="privacy-dpo">
                <h2 id="privacy-dpo">{t('dpo.title')}</h2>
                <p>
                  {t('dpo.text')} {provider.dpoName}, <a href={`mailto:${provider.dpoEmail}`}>{provider.dpoEmail}</a>
                </p>
              </section>
            </>
          ) : null}

          <section aria-labelledby="privacy-processing">
            <h2 id="privacy-processing">{t('processing.title')}</h2>
            {processing.map((key) => (
              <section key={key} aria-labelledby={`privacy-${key}`}>
                <h3 id={`privacy-${key}`}>{t(`processing.${key}.title`)}</h3>
                <dl className={notice.facts}>
                  <dt>{t('processing.purpose')}</dt>
                  <dd>{t(`processing.${key}.purpose`)}</dd>
                  <dt>{t('processing.data')}</dt>
                  <dd>{t(`processing.${key}.data`)}</dd>
                  <dt>{t('processing.legalBasis')}</dt>
                  <dd>{t(`processing.${key}.legalBasis`)}</dd>
                  <dt>{t('processing.retention')}</dt>
                  <dd>{t(`processing.${key}.retention`, retentionVars)}</dd>
                </dl>
              </section>
            ))}
          </section>

          <section aria-labelledby="privacy-recipients">
            <h2 id="privacy-recipients">{t('recipients.title')}</h2>
            <p>{t('recipients.text')}</p>
          </section>
          <section aria-labelledby="privacy-rights">
            <h2 id="privacy-rights">{t('rights.title')}</h2>
            <p>{t('rights.text')}</p>
          </section>
          <section aria-labelledby="privacy-self-service">
            <h2 id="privacy-self-service">{t('selfService.title')}</h2>
            <ul>
              <li>
                <Link href="/account">{t('selfService.account')}</Link>
              </li>
              <li>{t('selfService.unsubscribe')}</li>
              <li>
                <Link href="/verify">{t('selfService.verify')}</Link>
              </li>
            </ul>
            {provider ? <p>{t('selfService.contact', { email: provider.dpoEmail })}</p> : null}
          </section>

          <section aria-labelledby="privacy-policy">
            <h2 id="privacy-policy">{t('providerPolicy')}</h2>
            {policySections.map((key) => (
              <section key={key} aria-labelledby={`privacy-${key}`}>
                <h3 id={`privacy-${key}`}>{tLegal(`${key}.title`)}</h3>
                <p>{tLegal(`${key}.body`)}</p>
              </section>
            ))}
          </section>
        </div>
      </Card>
    </Page>
  );
}
