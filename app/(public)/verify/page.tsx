import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ShieldIcon } from '@/app/_components/icons';
import { PageHeader } from '@/app/_components/page-header';
import { Card } from '@/app/_components/ui/card';
import { Page } from '@/app/_components/ui/page-shell';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getSettings as getProviderSettings } from '@/lib/core/settings';
import { VerifyForm } from './verify-form';
import styles from './verify.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('verify');
  return { title: t('title'), description: t('lead') };
}

type Props = { searchParams: Promise<{ sha256?: string | string[] }> };

// Public on purpose: whoever holds one of our PDFs may check it without an account. The page reads
// no data beyond the provider's public identity; the check itself is the action (rate-limited).
// ?sha256=… pre-fills the hash field, so a link can carry the value to check.
export default async function VerifyPage({ searchParams }: Props) {
  const [t, provider, { sha256 }] = await Promise.all([getTranslations(), getProviderSettings(), searchParams]);

  return (
    <Page>
      <PageHeader eyebrow={t('verify.eyebrow')} title={t('verify.title')} lead={t('verify.lead')} />
      <div className={styles.layout}>
        <Card as="div">
          <ClientMessages namespaces={['verify']}>
            <VerifyForm
              providerName={provider?.providerName ?? t('common.appName')}
              supportEmail={provider?.supportEmail ?? null}
              timeZone={provider?.timeZone ?? 'Europe/Berlin'}
              initialSha256={typeof sha256 === 'string' ? sha256.slice(0, 200) : ''}
            />
          </ClientMessages>
        </Card>
        <aside className={styles.aside}>
          <Card
            title={
              <span className={styles.asideTitle}>
                <ShieldIcon /> {t('verify.how.title')}
              </span>
            }
          >
            <ol className={styles.steps}>
              <li>{t('verify.how.fingerprint')}</li>
              <li>{t('verify.how.compare')}</li>
              <li>{t('verify.how.answer')}</li>
            </ol>
          </Card>
          <Card title={t('verify.privacy.title')}>
            <p>{t('verify.privacy.text')}</p>
          </Card>
          <Card title={t('verify.api.title')}>
            <p>{t('verify.api.text')}</p>
            <ul className={styles.api}>
              <li>
                <code>GET /api/v1/verify?sha256=…</code> {t('verify.api.get')}
              </li>
              <li>
                <code>POST /api/v1/verify</code> {t('verify.api.post')}
              </li>
            </ul>
          </Card>
        </aside>
      </div>
    </Page>
  );
}
