import { z } from 'zod';
import { changeKind, transferSafeguard } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import { agreementSignedMail } from './agreement-signed';
import { agreementTerminatedMail } from './agreement-terminated';
import { renderChangeNoticeMail } from './change-notice';
import { confirmContactMail } from './confirm-contact';
import { dpaReminderMail } from './dpa-reminder';
import { invitationMail } from './invitation';
import { dpaInvitationMail } from './dpa-invitation';
import { objectionDecidedMail } from './objection-decided';
import { objectionReceivedMail } from './objection-received';
import { signInLinkMail } from './sign-in-link';
import { versionPublishedMail } from './version-published';

export type RenderedMail = { subject: string; text: string; html?: string };

// Every mail the portal sends, by name: the schema of its parameters and how it reads in each
// language. A use case queues a name and parameters (lib/mail/queue-mail.ts); the mails row keeps
// them as data, and the text is rendered from here when the mail is sent or shown in the
// development mailbox. The schema is checked again then, because the row may have been written by
// an older release: a mail whose parameters no longer fit fails visibly instead of saying "undefined".

const text = z.string();
const localized = z.object({ de: text, en: text });
/** A time as JSON carries it (ISO text) or as a use case passes it (a Date). */
const time = z.union([z.date(), z.iso.datetime({ offset: true })]).transform((value) => new Date(value));

function template<S extends z.ZodType>(params: S, render: (locale: Locale, params: z.output<S>) => RenderedMail) {
  return { params, render };
}

const versionMail = z.object({ orgName: text, version: z.number().int(), url: text });

const subprocessorFacts = z.object({
  legalName: text,
  country: text,
  safeguard: z.enum(transferSafeguard.enumValues),
  safeguardNote: text.nullable(),
  purpose: localized.optional(),
});

export const mailTemplates = {
  'sign-in-link': template(z.object({ url: text, minutes: z.number().int() }), (locale, p) => signInLinkMail(locale, p.url, p.minutes)),
  'agreement-signed': template(
    z.object({
      legalName: text,
      customerNumber: text,
      version: z.number().int(),
      signerName: text,
      signedAtText: text,
      pdfSha256: text,
      reviewUrl: text,
      verifyUrl: text,
    }),
    agreementSignedMail,
  ),
  // Two names (rows queued by earlier releases keep theirs), one mail.
  'dpa-new-version': template(versionMail, (locale, p) => versionPublishedMail('dpa', locale, p)),
  'toms-updated': template(versionMail, (locale, p) => versionPublishedMail('toms', locale, p)),
  'objection-decided': template(
    z.object({
      decision: z.enum(['accepted', 'rejected']),
      note: text.nullable(),
      orgName: text,
      changeTitle: localized,
      subprocessorName: text,
      services: z.array(localized),
      url: text,
      contact: z.object({ email: text, phone: text }),
    }),
    objectionDecidedMail,
  ),
  // f13a: the acknowledgement of an objection (DPA § 8(3)).
  'objection-received': template(
    z.object({
      orgName: text,
      changeTitle: localized,
      subprocessorName: text,
      reason: text,
      receivedAt: time,
      deadline: time,
      timeZone: text,
      url: text,
    }),
    objectionReceivedMail,
  ),
  'agreement-terminated': template(z.object({ orgName: text, endedOn: z.iso.date(), url: text }), agreementTerminatedMail),
  'dpa-reminder': template(
    z.object({ orgName: text, afterDays: z.number().int(), url: text, reason: z.enum(['none', 'outdated']).default('none'), version: z.number().int().default(0) }),
    dpaReminderMail,
  ),
  invitation: template(
    z.object({ inviter: text, orgName: text.nullable(), roles: z.array(text).min(1), url: text, days: z.number().int() }),
    invitationMail,
  ),
  'confirm-contact': template(z.object({ orgName: text, url: text }), confirmContactMail),
  // f10 (issue 10): the support desk's DPA invitation
  'dpa-invitation': template(z.object({ orgName: text, url: text }), dpaInvitationMail),
  'change-notice': template(
    z.object({
      changeNotice: z.object({
        kind: z.enum(changeKind.enumValues),
        title: localized,
        description: localized,
        effectiveAt: time,
        isEmergency: z.boolean(),
        emergencyReason: text.nullable(),
        objectionsCloseAt: time.nullable().optional(),
      }),
      subprocessor: subprocessorFacts,
      replaced: subprocessorFacts.nullable().optional(),
      services: z.array(z.object({ name: localized })),
      orgName: text,
      objectUrl: text,
      timeZone: text.optional(),
      /** Only in mail to a notice contact: their signed unsubscribe link (issue 12). */
      unsubscribeUrl: text.optional(),
    }),
    (locale, p) => renderChangeNoticeMail({ ...p, locale }),
  ),
  // Only rows written before mails were rendered at send time (migration 0005 moved their text
  // here); queueMail() does not accept it.
  'pre-rendered': template(z.object({ subject: text, text, html: text.nullable() }), (_locale, p) => ({
    subject: p.subject,
    text: p.text,
    html: p.html ?? undefined,
  })),
};

export type MailTemplate = keyof typeof mailTemplates;
/** The templates a use case may queue. */
export type QueueableTemplate = Exclude<MailTemplate, 'pre-rendered'>;
/** What a use case passes for a template (Dates allowed where the text shows a time). */
export type MailParams<N extends MailTemplate> = z.input<(typeof mailTemplates)[N]['params']>;

export function isMailTemplate(name: string): name is MailTemplate {
  return Object.hasOwn(mailTemplates, name);
}

export class MailTemplateError extends Error {}

/**
 * Renders a mail as it is stored (template name, language, parameters as data): the one way the
 * sender, the change-notice deliveries and the development mailbox turn a mail into text.
 */
export function renderMail(template: string, locale: Locale, params: unknown): RenderedMail {
  if (!isMailTemplate(template)) throw new MailTemplateError(`unknown mail template "${template}"`);
  const entry = mailTemplates[template] as { params: z.ZodType; render: (locale: Locale, params: unknown) => RenderedMail };
  const parsed = entry.params.safeParse(params);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
    throw new MailTemplateError(`parameters of mail template "${template}" do not fit: ${fields}`);
  }
  return entry.render(locale, parsed.data);
}
