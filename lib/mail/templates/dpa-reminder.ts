import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { htmlMail } from './layout';

// To the signatories of an eligible organisation that has not signed the DPA yet, or is on an
// older version than the current one (the schedule is the provider's setting;
// lib/reminders/send-dpa-reminders.ts).

type Params = { orgName: string; afterDays: number; url: string; reason: 'none' | 'outdated'; version: number };

export function dpaReminderMail(locale: Locale, p: Params) {
  const t = translator(locale);
  const ns = p.reason === 'outdated' ? 'lifecycle.reminderOutdated' : 'lifecycle.reminder';
  const vars = { orgName: p.orgName, version: p.version };
  const lines = [t('mail.greeting'), t(`${ns}.body`, vars), t(`${ns}.support`)];
  const action = t(`${ns}.action`);
  return {
    subject: t(`${ns}.subject`, vars),
    text: `${lines.join('\n\n')}\n\n${action}: ${p.url}\n`,
    html: htmlMail(t(`${ns}.title`), lines, { label: action, url: p.url }),
  };
}
