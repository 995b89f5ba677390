import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { htmlMail } from './layout';

export function signInLinkMail(locale: Locale, url: string, minutes: number) {
  const t = translator(locale);
  const lines = [t('mail.greeting'), t('mail.signInLink.body', { minutes }), t('mail.signInLink.ignore')];
  const action = t('mail.signInLink.action');
  return {
    subject: t('mail.signInLink.subject'),
    text: `${lines.join('\n\n')}\n\n${action}: ${url}\n`,
    html: htmlMail(t('mail.signInLink.title'), lines, { label: action, url }),
  };
}
