import type { LocalizedText } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { htmlMail } from './layout';

// To every signatory of the organisation once privacy staff have decided its objection: the
// outcome and what it means for them. German and English; each signatory's own language decides.

export type ObjectionDecidedMail = {
  decision: 'accepted' | 'rejected';
  note: string | null;
  orgName: string;
  changeTitle: LocalizedText;
  subprocessorName: string;
  services: LocalizedText[];
  /** APP_URL/orgs/<orgId>/notices/<noticeId> */
  url: string;
  contact: { email: string; phone: string };
};

export function objectionDecidedMail(locale: Locale, mail: ObjectionDecidedMail) {
  const t = translator(locale);
  const title = mail.changeTitle[locale];
  const lines = [
    t('mail.greeting'),
    t('mail.objectionDecided.intro', { orgName: mail.orgName, title, subprocessor: mail.subprocessorName }),
    mail.decision === 'accepted'
      ? t('mail.objectionDecided.accepted')
      : t('mail.objectionDecided.rejected', {
          services: mail.services.map((s) => s[locale]).join(', ') || '–',
          email: mail.contact.email,
          phone: mail.contact.phone,
        }),
    ...(mail.note ? [t('mail.objectionDecided.reason', { note: mail.note })] : []),
  ];
  const action = t('mail.objectionDecided.action');
  return {
    subject: t('mail.objectionDecided.subject', { decision: mail.decision, title }),
    text: `${lines.join('\n\n')}\n\n${action}: ${mail.url}\n`,
    html: htmlMail(t('mail.objectionDecided.title', { decision: mail.decision }), lines, { label: action, url: mail.url }),
  };
}
