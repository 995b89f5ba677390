import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';

/**
 * The mail exactly as the template renders it: subject, the text part, and the HTML part in a
 * sandboxed frame (no scripts, no same-origin access), so the preview can never run anything.
 */
export function MailPreview({ mail, language, t }: { mail: { subject: string; text: string; html: string }; language: Locale; t: Translate }) {
  const name = t(`changeNotice.language.${language}`);
  return (
    <section className="card mail-preview" aria-label={t('changeNotice.preview.mail', { language: name })} lang={language}>
      <h3>{t('changeNotice.preview.mail', { language: name })}</h3>
      <p>
        <span className="muted">{t('changeNotice.preview.subject')}:</span> <strong className="mail-preview-subject">{mail.subject}</strong>
      </p>
      <iframe className="mail-preview-frame" sandbox="" srcDoc={mail.html} title={`${mail.subject} (HTML)`} />
      <details>
        <summary>Text</summary>
        <pre className="mail-preview-text">{mail.text}</pre>
      </details>
    </section>
  );
}
