import { getTranslations } from 'next-intl/server';
import { Card } from '@/app/_components/ui/card';
import type { Ctx } from '@/lib/core/context';
import { getHostingPrivacyText, hostingPrivacyTextFor, type BookedHosting } from '@/lib/records/get-hosting-privacy-text';
import { CopyText } from './copy-text';
import styles from './hosting-privacy-text.module.css';

/**
 * The hosting customer's privacy-policy paragraph, on its dashboard: in German and English, each
 * with a copy button; nothing at all for organisations without web or mail hosting.
 */
export async function HostingPrivacyText({ ctx, orgId, booked }: { ctx: Ctx; orgId: string; booked?: readonly BookedHosting[] }) {
  // `booked`: the services already read with the page's other data (the dashboard), no query here.
  const text = booked ? await hostingPrivacyTextFor(ctx, { orgId }, booked) : await getHostingPrivacyText(ctx, { orgId });
  if (!text) return null;
  const t = await getTranslations('records.hosting');
  // The button's three words as props: handing it the 'records' catalogue cost some 7 KB of page payload (issue 14).
  const labels = { copy: t('copy'), copied: t('copied'), copyFailed: t('copyFailed') };
  const languages = ctx.locale === 'de' ? (['de', 'en'] as const) : (['en', 'de'] as const);
  return (
    <Card title={t('title')}>
      <p>{t('lead', { services: text.serviceNames[ctx.locale] })}</p>
      {languages.map((language) => (
        <section key={language} className={styles.language} aria-labelledby={`hosting-text-${language}`} lang={language}>
          <h3 id={`hosting-text-${language}`}>{language === 'de' ? t('german') : t('english')}</h3>
          <div className={styles.text} id={`hosting-text-body-${language}`}>
            {text.paragraphs[language].map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
          <CopyText sourceId={`hosting-text-body-${language}`} labels={labels} />
        </section>
      ))}
    </Card>
  );
}
