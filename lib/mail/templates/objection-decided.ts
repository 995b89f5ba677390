import type { LocalizedText } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
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

const copy = {
  de: {
    subject: (m: ObjectionDecidedMail) =>
      m.decision === 'accepted'
        ? `Ihrem Widerspruch wurde stattgegeben: ${m.changeTitle.de}`
        : `Ihr Widerspruch wurde abgelehnt: ${m.changeTitle.de}`,
    title: (m: ObjectionDecidedMail) => (m.decision === 'accepted' ? 'Widerspruch angenommen' : 'Widerspruch abgelehnt'),
    lines: (m: ObjectionDecidedMail) => [
      'Guten Tag,',
      `wir haben über den Widerspruch von ${m.orgName} gegen die Änderung „${m.changeTitle.de}“ (Unterauftragsverarbeiter: ${m.subprocessorName}) entschieden.`,
      m.decision === 'accepted'
        ? 'Ergebnis: Dem Widerspruch wird stattgegeben. Die Änderung wird für Ihre Organisation nicht umgesetzt; Ihre Anlage zu den Unterauftragsverarbeitern bleibt im bisherigen Stand.'
        : `Ergebnis: Der Widerspruch wird abgelehnt. Wir setzen die Änderung wie angekündigt um. Sie können die betroffenen Leistungen (${m.services.map((s) => s.de).join(', ') || '–'}) kündigen; wenden Sie sich dazu an ${m.contact.email} oder ${m.contact.phone}.`,
      ...(m.note ? [`Begründung: ${m.note}`] : []),
    ],
    action: 'Mitteilung im Portal ansehen',
  },
  en: {
    subject: (m: ObjectionDecidedMail) =>
      m.decision === 'accepted' ? `Your objection was accepted: ${m.changeTitle.en}` : `Your objection was rejected: ${m.changeTitle.en}`,
    title: (m: ObjectionDecidedMail) => (m.decision === 'accepted' ? 'Objection accepted' : 'Objection rejected'),
    lines: (m: ObjectionDecidedMail) => [
      'Hello,',
      `we have decided on the objection of ${m.orgName} to the change “${m.changeTitle.en}” (subprocessor: ${m.subprocessorName}).`,
      m.decision === 'accepted'
        ? 'Outcome: the objection is accepted. The change is not applied for your organisation; your subprocessor annex keeps its previous state.'
        : `Outcome: the objection is rejected. We go ahead with the change as announced. You may terminate the affected services (${m.services.map((s) => s.en).join(', ') || '–'}); to do so, contact ${m.contact.email} or ${m.contact.phone}.`,
      ...(m.note ? [`Reason: ${m.note}`] : []),
    ],
    action: 'View the notice in the portal',
  },
} as const;

export function objectionDecidedMail(locale: Locale, mail: ObjectionDecidedMail) {
  const c = copy[locale];
  const lines = c.lines(mail);
  return {
    subject: c.subject(mail),
    text: `${lines.join('\n\n')}\n\n${c.action}: ${mail.url}\n`,
    html: htmlMail(c.title(mail), lines, { label: c.action, url: mail.url }),
  };
}
