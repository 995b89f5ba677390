import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { htmlMail } from './layout';
import { dateTimeFormat } from '@/lib/i18n/intl-cache';

// To every signatory of an organisation whose agreement ended with its last processing contract.

export function agreementTerminatedMail(locale: Locale, p: { orgName: string; endedOn: string; url: string }) {
  const t = translator(locale);
  const endedOn = dateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${p.endedOn}T00:00:00Z`));
  const lines = [t('mail.greeting'), t('lifecycle.mail.body', { orgName: p.orgName, endedOn }), t('lifecycle.mail.support'), t('lifecycle.mail.duties')];
  const action = t('lifecycle.mail.action');
  return {
    subject: t('lifecycle.mail.subject', { orgName: p.orgName }),
    text: `${lines.join('\n\n')}\n\n${action}: ${p.url}\n`,
    html: htmlMail(t('lifecycle.mail.title'), lines, { label: action, url: p.url }),
  };
}
