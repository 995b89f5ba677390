import type { Metadata } from 'next';
import { ShieldIcon } from '@/app/_components/icons';
import { PageHeader } from '@/app/_components/page-header';
import { verify } from '@/lib/i18n/messages/verify';
import { getT } from '@/lib/i18n/server';
import { getSettings as getProviderSettings } from '@/lib/core/settings';
import { VerifyForm } from './verify-form';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t('verify.title'), description: t('verify.lead') };
}

type Props = { searchParams: Promise<{ sha256?: string | string[] }> };

// Public on purpose: whoever holds one of our PDFs may check it without an account. The page reads
// no data beyond the provider's public identity; the check itself is the action (rate-limited).
// ?sha256=… pre-fills the hash field, so a link can carry the value to check.
export default async function VerifyPage({ searchParams }: Props) {
  const { locale, t } = await getT();
  const provider = await getProviderSettings();
  const { sha256 } = await searchParams;

  return (
    <main id="main" className="page">
      <PageHeader eyebrow={t('verify.eyebrow')} title={t('verify.title')} lead={t('verify.lead')} />
      <div className="verify-layout">
        <div className="card">
          <VerifyForm
            messages={verify[locale]}
            locale={locale}
            providerName={provider?.providerName ?? t('common.appName')}
            supportEmail={provider?.supportEmail ?? null}
            timeZone={provider?.timeZone ?? 'Europe/Berlin'}
            initialSha256={typeof sha256 === 'string' ? sha256.slice(0, 200) : ''}
          />
        </div>
        <aside className="verify-aside" aria-labelledby="verify-how-title">
          <section className="card">
            <h2 id="verify-how-title" className="verify-aside-title">
              <ShieldIcon /> {t('verify.how.title')}
            </h2>
            <ol className="verify-steps">
              <li>{t('verify.how.fingerprint')}</li>
              <li>{t('verify.how.compare')}</li>
              <li>{t('verify.how.answer')}</li>
            </ol>
          </section>
          <section className="card">
            <h2 className="verify-aside-subtitle">{t('verify.privacy.title')}</h2>
            <p>{t('verify.privacy.text')}</p>
          </section>
          <section className="card">
            <h2 className="verify-aside-subtitle">{t('verify.api.title')}</h2>
            <p className="small">{t('verify.api.text')}</p>
            <ul className="verify-api small">
              <li>
                <code>GET /api/v1/verify?sha256=…</code> {t('verify.api.get')}
              </li>
              <li>
                <code>POST /api/v1/verify</code> {t('verify.api.post')}
              </li>
            </ul>
          </section>
        </aside>
      </div>
    </main>
  );
}
