import Link from 'next/link';
import type { ProviderSettings } from '@/lib/core/settings';
import type { Translate } from '@/lib/i18n/translate';

/** Provider identity, DPO and support contact, legal links; the sample-data note while demo data is loaded. */
export function AppFooter({ provider, t }: { provider: ProviderSettings | null; t: Translate }) {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <section aria-label={t('footer.label')} className="site-footer-grid">
          <div>
            <p className="site-footer-title">{provider?.providerName ?? t('common.appName')}</p>
            {provider ? (
              <>
                <address>{provider.providerAddress}</address>
                <p>{t('footer.managingDirector', { name: provider.managingDirector })}</p>
              </>
            ) : null}
            <p className="muted">{t('footer.tagline')}</p>
          </div>
          {provider ? (
            <div>
              <p className="site-footer-title">{t('footer.dpo')}</p>
              <p>{provider.dpoName}</p>
              <p>
                <a href={`mailto:${provider.dpoEmail}`}>{provider.dpoEmail}</a>
              </p>
            </div>
          ) : null}
          {provider ? (
            <div>
              <p className="site-footer-title">{t('footer.support')}</p>
              <p>
                <a href={`mailto:${provider.supportEmail}`}>{provider.supportEmail}</a>
              </p>
              <p>
                <a href={`tel:${provider.supportPhone.replace(/[^+\d]/g, '')}`}>{provider.supportPhone}</a>
              </p>
            </div>
          ) : null}
        </section>
        <div className="site-footer-bottom">
          <ul className="site-footer-links">
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
          {provider?.isSample ? <p className="sample-note">{t('footer.sample')}</p> : null}
        </div>
      </div>
    </footer>
  );
}
