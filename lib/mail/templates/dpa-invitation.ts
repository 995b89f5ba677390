import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { htmlMail } from './layout';

// From the support desk to an organisation's signatories, when support was refused for want of a DPA.

export function dpaInvitationMail(locale: Locale, { orgName, url }: { orgName: string; url: string }) {
  const t = translator(locale);
  const lines = [t('mail.greeting'), t('supportDesk.invitationMail.body', { orgName }), t('supportDesk.invitationMail.why')];
  const action = t('supportDesk.invitationMail.action');
  return {
    subject: t('supportDesk.invitationMail.subject', { orgName }),
    text: `${lines.join('\n\n')}\n\n${action}: ${url}\n`,
    html: htmlMail(t('supportDesk.invitationMail.title'), lines, { label: action, url }),
  };
}
