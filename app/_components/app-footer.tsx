import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ProviderSettings } from '@/lib/core/settings';
import styles from './app-footer.module.css';
import { SampleNote } from './sample-note';

/** Provider identity, DPO and support contact, legal links; the sample-data note while demo data is loaded. */
export async function AppFooter({ provider }: { provider: ProviderSettings | null }) {
  const t = await getTranslations();
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <section aria-label={t('footer.label')} className={styles.grid}>
          <div>
            <p className={styles.title}>{provider?.providerName ?? t('common.appName')}</p>
            {provider ? (
              <>
                <address>{provider.providerAddress}</address>
                <p>{t('footer.managingDirector', { name: provider.managingDirector })}</p>
              </>
            ) : null}
            <p>{t('footer.tagline')}</p>
          </div>
          {provider ? (
            <div>
              <p className={styles.title}>{t('footer.dpo')}</p>
              <p>{provider.dpoName}</p>
              <p>
                <a href={`mailto:${provider.dpoEmail}`}>{provider.dpoEmail}</a>
              </p>
            </div>
          ) : null}
          {provider ? (
            <div>
              <p className={styles.title}>{t('footer.support')}</p>
              <p>
                <a href={`mailto:${provider.supportEmail}`}>{provider.supportEmail}</a>
              </p>
              <p>
                <a href={`tel:${provider.supportPhone.replace(/[^+\d]/g, '')}`}>{provider.supportPhone}</a>
              </p>
            </div>
          ) : null}
        </section>
        <div className={styles.bottom}>
          <ul className={styles.links}>
            <li>
              <Link href="/imprint">{t('footer.imprint')}</Link>
            </li>
            <li>
              <Link href="/privacy">{t('footer.privacy')}</Link>
            </li>
            <li>
              <Link href="/verify">{t('footer.verify')}</Link>
            </li>
          </ul>
          {provider?.isSample ? <SampleNote /> : null}
        </div>
      </div>
    </footer>
  );
}
