import { getTranslations } from 'next-intl/server';
import { Card } from '@/app/_components/ui/card';
import type { Locale } from '@/lib/i18n/config';
import styles from '../change-notices.module.css';

/**
 * The mail exactly as the template renders it: subject, the text part, and the HTML part in a
 * sandboxed frame (no scripts, no same-origin access), so the preview can never run anything.
 */
export async function MailPreview({ mail, language }: { mail: { subject: string; text: string; html: string }; language: Locale }) {
  const t = await getTranslations('changeNotice');
  return (
    <div lang={language}>
      <Card title={t('preview.mail', { language: t(`language.${language}`) })}>
        <p>
          <span className="muted">{t('preview.subject')}:</span> <strong data-testid="mail-subject">{mail.subject}</strong>
        </p>
        <iframe className={styles.mailFrame} sandbox="" srcDoc={mail.html} title={`${mail.subject} (HTML)`} />
        <details>
          <summary>{t('preview.text')}</summary>
          <pre className={styles.mailText}>{mail.text}</pre>
        </details>
      </Card>
    </div>
  );
}
