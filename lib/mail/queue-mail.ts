import 'server-only';
import type { Tx } from '@/db/client';
import { mails } from '@/db/schema';
import { env } from '@/lib/env';
import { wakeMailWorker } from './wake';

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Attach this agreement's signed PDF. */
  attachmentAgreementId?: string;
};

export function newMessageId(): string {
  return `<${crypto.randomUUID()}@${new URL(env().APP_URL).hostname}>`;
}

/**
 * Every mail goes through here, inside the transaction that causes it: the mail exists exactly
 * when the change does. With SMTP the worker sends it; without, it lands in the dev mailbox.
 */
export async function queueMail(tx: Tx, mail: OutgoingMail) {
  const mailbox = env().mailbox;
  const [row] = await tx
    .insert(mails)
    .values({
      ...mail,
      messageId: newMessageId(),
      state: mailbox ? 'sent' : 'queued',
      sentAt: mailbox ? new Date() : null,
    })
    .returning({ id: mails.id, messageId: mails.messageId });
  if (!mailbox) wakeMailWorker();
  return row!;
}
