import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { htmlMail } from './layout';

// To every signatory of an organisation with an active agreement: the TOMs are part of it (Annex III).

export function tomsUpdatedMail(locale: Locale, { orgName, version, url }: { orgName: string; version: number; url: string }) {
  const t = translator(locale);
  const lines = [t('mail.greeting'), t('mail.tomsUpdated.body', { orgName, version }), t('mail.tomsUpdated.level')];
  const action = t('mail.tomsUpdated.action');
  return {
    subject: t('mail.tomsUpdated.subject', { version }),
    text: `${lines.join('\n\n')}\n\n${action}: ${url}\n`,
    html: htmlMail(t('mail.tomsUpdated.title'), lines, { label: action, url }),
  };
}
