import 'server-only';
import { z } from 'zod';
import { locale, mails } from '@/db/schema';
import { env } from '@/lib/env';
import { errorText, type Outcome } from '@/lib/jobs/claim';
import { defineOutboxJob } from '@/lib/jobs/job';
import { agreementAttachment } from './agreement-attachment';
import { MailTemplateError, renderMail } from './templates';
import { isPermanentSmtpError, smtpTransport } from './transport';

const mailRow = z.object({
  to: z.string(),
  template: z.string(),
  locale: z.enum(locale.enumValues),
  params: z.unknown(),
  messageId: z.string(),
  attachmentAgreementId: z.string().nullable(),
});

/**
 * The mail outbox: renders each claimed mail from its template in the recipient's language and
 * sends it with its stored Message-ID (the same on every attempt, so a receiver can tell a retry
 * from a second mail). A 5xx reply or parameters that no longer fit the template are final; a 4xx
 * reply or a connection problem is tried again later.
 */
export const sendMailsJob = defineOutboxJob({
  name: 'send-mails',
  outbox: mails,
  batch: 20,
  payload: mailRow,
  async handler(ctx, batch) {
    // The development mailbox: queueMail() files mails as delivered, and the mailbox renders them
    // itself. A row still queued (written while SMTP was configured) counts as delivered to it.
    if (env().mailbox) return batch.map((): Outcome => ({ ok: true }));
    const config = env();
    return Promise.all(
      batch.map(async (mail): Promise<Outcome> => {
        try {
          const rendered = renderMail(mail.template, mail.locale, mail.params);
          await smtpTransport().sendMail({
            from: config.MAIL_FROM,
            to: mail.to,
            ...rendered,
            messageId: mail.messageId,
            attachments: mail.attachmentAgreementId ? [await agreementAttachment(ctx, mail.attachmentAgreementId)] : [],
          });
          return { ok: true };
        } catch (error) {
          const permanent = error instanceof MailTemplateError || isPermanentSmtpError(error);
          return { ok: false, permanent, error: errorText(error) };
        }
      }),
    );
  },
});
