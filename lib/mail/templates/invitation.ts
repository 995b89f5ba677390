import type { Locale } from '@/lib/i18n/config';
import { translator, type Translate } from '@/lib/i18n/translate';
import { htmlMail } from './layout';

// An invitation into an organisation (from a signatory) or to the staff (from an admin). The link
// opens a page with a button; pressing it accepts and signs the person in.

export type InvitationMailParams = { inviter: string; orgName: string | null; roles: string[]; url: string; days: number };

export function roleLabel(t: Translate, role: string): string {
  switch (role) {
    case 'signatory':
      return t('people.role.signatory');
    case 'member':
      return t('people.role.member');
    case 'privacy':
      return t('people.role.privacy');
    case 'support':
      return t('people.role.support');
    case 'admin':
      return t('people.role.admin');
    default:
      return role;
  }
}

export function invitationMail(locale: Locale, p: InvitationMailParams) {
  const t = translator(locale);
  const roles = p.roles.map((role) => roleLabel(t, role)).join(', ');
  const lines = [
    t('mail.greeting'),
    p.orgName ? t('people.mail.bodyOrg', { inviter: p.inviter, orgName: p.orgName, roles }) : t('people.mail.bodyStaff', { inviter: p.inviter, roles }),
    t('people.mail.validity', { days: p.days }),
    t('people.mail.ignore'),
  ];
  const action = t('people.mail.action');
  return {
    subject: p.orgName ? t('people.mail.subjectOrg', { orgName: p.orgName }) : t('people.mail.subjectStaff'),
    text: `${lines.join('\n\n')}\n\n${action}: ${p.url}\n`,
    html: htmlMail(t('people.mail.title'), lines, { label: action, url: p.url }),
  };
}
