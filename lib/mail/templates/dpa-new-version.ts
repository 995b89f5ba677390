import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { htmlMail } from './layout';

// To every signatory of an organisation whose active agreement is on an older DPA version.

export function dpaNewVersionMail(locale: Locale, { orgName, version, url }: { orgName: string; version: number; url: string }) {
  const t = translator(locale);
  const lines = [t('mail.greeting'), t('mail.dpaNewVersion.body', { orgName, version }), t('mail.dpaNewVersion.remains')];
  const action = t('mail.dpaNewVersion.action');
  return {
    subject: t('mail.dpaNewVersion.subject', { version }),
    text: `${lines.join('\n\n')}\n\n${action}: ${url}\n`,
    html: htmlMail(t('mail.dpaNewVersion.title'), lines, { label: action, url }),
  };
}
