import 'server-only';
import { mails } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import type { MailParams, QueueableTemplate } from './templates';
import { wakeMailWorker } from './wake';

export type OutgoingMail<N extends QueueableTemplate> = {
  to: string;
  locale: Locale;
  template: N;
  params: MailParams<N>;
  /** Attach this agreement's signed PDF. */
  attachmentAgreementId?: string;
  /** The recipient is this notice contact: sent with its List-Unsubscribe headers (issue 12). */
  unsubscribeContactId?: string;
};

export function newMessageId(): string {
  return `<${crypto.randomUUID()}@${new URL(env().APP_URL).hostname}>`;
}

/**
 * Every mail goes through here, inside the transaction that causes it: the mail exists exactly
 * when the change does. The row keeps the template, its parameters and the language; the text is
 * rendered when the mail is sent (lib/jobs/send-mails.ts) or shown in the development mailbox,
 * where it counts as delivered at once.
 */
export async function queueMail<N extends QueueableTemplate>(ctx: Ctx<Actor | null>, mail: OutgoingMail<N>) {
  const mailbox = env().mailbox;
  const [row] = await ctx.db
    .insert(mails)
    .values({
      to: mail.to,
      template: mail.template,
      locale: mail.locale,
      // As JSON: a Date parameter is stored as ISO text, which the template's schema reads back.
      params: JSON.parse(JSON.stringify(mail.params)) as Record<string, unknown>,
      attachmentAgreementId: mail.attachmentAgreementId,
      unsubscribeContactId: mail.unsubscribeContactId,
      messageId: newMessageId(),
      state: mailbox ? 'sent' : 'queued',
      sentAt: mailbox ? ctx.now : null,
    })
    .returning({ id: mails.id, messageId: mails.messageId });
  if (!mailbox) ctx.afterCommit(wakeMailWorker);
  return row!;
}
