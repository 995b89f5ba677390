import 'server-only';
import { z } from 'zod';
import { locale, mails } from '@/db/schema';
import { env } from '@/lib/env';
import { errorText, type Outcome } from '@/lib/jobs/claim';
import { defineOutboxJob } from '@/lib/jobs/job';
import { agreementAttachment } from './agreement-attachment';
import { renderMail, type RenderedMail } from './templates';
import { sendOutboxMail } from './transport';

const mailRow = z.object({
  to: z.string(),
  template: z.string(),
  locale: z.enum(locale.enumValues),
  params: z.unknown(),
  messageId: z.string(),
  attachmentAgreementId: z.string().nullable(),
  unsubscribeContactId: z.string().nullable(),
});

/**
 * The mail outbox: renders each claimed mail from its template in the recipient's language and
 * sends it with its stored Message-ID. A 5xx reply or parameters that no longer fit the template
 * are final; a 4xx reply or a connection problem is tried again later.
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
    return Promise.all(
      batch.map(async (mail): Promise<Outcome> => {
        let rendered: RenderedMail;
        try {
          rendered = renderMail(mail.template, mail.locale, mail.params);
        } catch (error) {
          // An unknown template or parameters that no longer fit: no later attempt renders it.
          return { ok: false, permanent: true, error: errorText(error) };
        }
        try {
          const attachments = mail.attachmentAgreementId ? [await agreementAttachment(ctx, mail.attachmentAgreementId)] : [];
          return await sendOutboxMail({ to: mail.to, ...rendered, messageId: mail.messageId, attachments, unsubscribeContactId: mail.unsubscribeContactId });
        } catch (error) {
          return { ok: false, permanent: false, error: errorText(error) };
        }
      }),
    );
  },
});
