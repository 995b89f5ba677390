import type { Locale } from '@/lib/i18n/config';
import { confirmContactMail } from '@/lib/subscriptions/confirm-contact-mail';
import { objectionDecidedMail } from '@/lib/objections/templates/objection-decided-mail';
import { agreementSignedMail } from './agreement-signed';
import { dpaNewVersionMail } from './dpa-new-version';
import { signInLinkMail } from './sign-in-link';
import { tomsUpdatedMail } from './toms-updated';

export type RenderedMail = { subject: string; text: string; html: string };

// Every mail the portal sends, by name. A use case queues a name and its parameters
// (lib/mail/queue-mail.ts); the text comes from here, in the recipient's language.
export const mailTemplates = {
  'sign-in-link': (locale: Locale, p: { url: string; minutes: number }) => signInLinkMail(locale, p.url, p.minutes),
  'agreement-signed': agreementSignedMail,
  'dpa-new-version': dpaNewVersionMail,
  'toms-updated': tomsUpdatedMail,
  'objection-decided': objectionDecidedMail,
  'confirm-contact': confirmContactMail,
} satisfies Record<string, (locale: Locale, params: never) => RenderedMail>;

export type MailTemplate = keyof typeof mailTemplates;
export type MailParams<N extends MailTemplate> = Parameters<(typeof mailTemplates)[N]>[1];

export function renderMail<N extends MailTemplate>(template: N, locale: Locale, params: MailParams<N>): RenderedMail {
  return (mailTemplates[template] as (locale: Locale, params: MailParams<N>) => RenderedMail)(locale, params);
}
