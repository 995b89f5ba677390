import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { htmlMail } from './layout';

// To the signatories of an eligible organisation that has not signed the DPA yet, or is on an
// older version than the current one (the schedule is the provider's setting;
// lib/reminders/send-dpa-reminders.ts).

type Params = { orgName: string; afterDays: number; url: string; reason: 'none' | 'outdated'; version: number };

const texts = {
  none: {
    subject: 'lifecycle.reminder.subject',
    title: 'lifecycle.reminder.title',
    body: 'lifecycle.reminder.body',
    support: 'lifecycle.reminder.support',
    action: 'lifecycle.reminder.action',
  },
  outdated: {
    subject: 'lifecycle.reminderOutdated.subject',
    title: 'lifecycle.reminderOutdated.title',
    body: 'lifecycle.reminderOutdated.body',
    support: 'lifecycle.reminderOutdated.support',
    action: 'lifecycle.reminderOutdated.action',
  },
} as const;

export function dpaReminderMail(locale: Locale, p: Params) {
  const t = translator(locale);
  const keys = texts[p.reason];
  const vars = { orgName: p.orgName, version: p.version };
  const lines = [t('mail.greeting'), t(keys.body, vars), t(keys.support)];
  const action = t(keys.action);
  return {
    subject: t(keys.subject, vars),
    text: `${lines.join('\n\n')}\n\n${action}: ${p.url}\n`,
    html: htmlMail(t(keys.title), lines, { label: action, url: p.url }),
  };
}
