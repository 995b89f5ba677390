import 'server-only';
import { mails } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/config';
import { renderMail, type MailParams, type MailTemplate } from './templates';
import { wakeMailWorker } from './wake';

export type OutgoingMail<N extends MailTemplate> = {
  to: string;
  locale: Locale;
  template: N;
  params: MailParams<N>;
  /** Attach this agreement's signed PDF. */
  attachmentAgreementId?: string;
};

export function newMessageId(): string {
  return `<${crypto.randomUUID()}@${new URL(env().APP_URL).hostname}>`;
}

/**
 * Every mail goes through here, inside the transaction that causes it: the mail exists exactly
 * when the change does. With SMTP the worker sends it once committed; without, it lands in the
 * development mailbox.
 */
export async function queueMail<N extends MailTemplate>(ctx: Ctx<Actor | null>, mail: OutgoingMail<N>) {
  const mailbox = env().mailbox;
  const rendered = renderMail(mail.template, mail.locale, mail.params);
  const [row] = await ctx.db
    .insert(mails)
    .values({
      to: mail.to,
      ...rendered,
      attachmentAgreementId: mail.attachmentAgreementId,
      messageId: newMessageId(),
      state: mailbox ? 'sent' : 'queued',
      sentAt: mailbox ? ctx.now : null,
    })
    .returning({ id: mails.id, messageId: mails.messageId });
  if (!mailbox) ctx.afterCommit(wakeMailWorker);
  return row!;
}
