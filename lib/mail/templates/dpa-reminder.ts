import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { htmlMail } from './layout';

// To the signatories of an eligible organisation that has not signed the DPA yet (the schedule
// is the provider's setting; lib/reminders/send-dpa-reminders.ts).

export function dpaReminderMail(locale: Locale, p: { orgName: string; afterDays: number; url: string }) {
  const t = translator(locale);
  const lines = [t('mail.greeting'), t('lifecycle.reminder.body', { orgName: p.orgName }), t('lifecycle.reminder.support')];
  const action = t('lifecycle.reminder.action');
  return {
    subject: t('lifecycle.reminder.subject', { orgName: p.orgName }),
    text: `${lines.join('\n\n')}\n\n${action}: ${p.url}\n`,
    html: htmlMail(t('lifecycle.reminder.title'), lines, { label: action, url: p.url }),
  };
}
