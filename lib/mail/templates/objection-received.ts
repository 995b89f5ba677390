import type { LocalizedText } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { formatNoticeTime } from './change-notice';
import { htmlMail } from './layout';

// To the signatory who filed (or changed, or reopened) an objection: the acknowledgement of receipt
// § 8(3) of the DPA promises, with the reasons as received and the deadline that applies.

export type ObjectionReceivedMail = {
  orgName: string;
  changeTitle: LocalizedText;
  subprocessorName: string;
  reason: string;
  receivedAt: Date;
  /** The last moment an objection is accepted for this organisation. */
  deadline: Date;
  timeZone: string;
  url: string;
};

export function objectionReceivedMail(locale: Locale, mail: ObjectionReceivedMail) {
  const t = translator(locale);
  const title = mail.changeTitle[locale];
  const when = (value: Date) => formatNoticeTime(value, locale, mail.timeZone);
  const lines = [
    t('mail.greeting'),
    t('objectionReceipt.intro', { orgName: mail.orgName, title, subprocessor: mail.subprocessorName, receivedAt: when(mail.receivedAt) }),
    t('objectionReceipt.reason', { reason: mail.reason }),
    t('objectionReceipt.deadline', { deadline: when(mail.deadline) }),
    t('objectionReceipt.next'),
  ];
  const action = t('objectionReceipt.action');
  return {
    subject: t('objectionReceipt.subject', { title }),
    text: `${lines.join('\n\n')}\n\n${action}: ${mail.url}\n`,
    html: htmlMail(t('objectionReceipt.title'), lines, { label: action, url: mail.url }),
  };
}
