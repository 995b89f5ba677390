import 'server-only';
import { z } from 'zod';
import { deliveries, locale, mails } from '@/db/schema';
import { unsubscribeContacts } from '@/lib/account/unsubscribe-notice-contact';
import { unsubscribePageUrl } from '@/lib/account/unsubscribe-token';
import { env } from '@/lib/env';
import { errorText, type Outcome } from '@/lib/jobs/claim';
import { defineOutboxJob, type Claimed, type JobContext } from '@/lib/jobs/job';
import { renderMail, type RenderedMail } from '@/lib/mail/templates';
import { sendOutboxMail } from '@/lib/mail/transport';
import { deliveryMailParams, type ChangeNoticeMailParams } from './delivery-mail-params';

// The change-notice deliveries are an outbox: announcing a change notice writes one row per notice
// and recipient (state 'queued') in the announcing transaction; this job sends them.
//
// States: queued -> sending (claimed) -> sent | queued again (retry later) | failed (5xx or too many
// attempts). 'bounced' is set by a bounce handler (a DSN arriving later for the stable Message-ID),
// which does not exist yet: an accepted mail is 'sent' here.

const deliveryRow = z.object({
  noticeId: z.string(),
  recipient: z.string(),
  locale: z.enum(locale.enumValues),
  messageId: z.string(),
});
type DeliveryRow = Claimed<z.output<typeof deliveryRow>>;

const missing: Outcome = { ok: false, permanent: true, error: 'change notice data missing' };

export const sendDeliveriesJob = defineOutboxJob({
  name: 'send-change-notice-deliveries',
  outbox: deliveries,
  batch: 100,
  payload: deliveryRow,
  async handler(ctx, batch) {
    const params = await deliveryMailParams(ctx, batch);
    // Notice contacts get their own unsubscribe link and List-Unsubscribe header (issue 12); their
    // mail is rendered for them alone.
    const unsubscribe = await unsubscribeContacts(ctx, batch);
    if (env().mailbox) return deliverToMailbox(ctx, batch, params, unsubscribe);
    // Each notice is rendered once per language, however many of its deliveries the batch holds.
    const rendered = new Map<string, RenderedMail>();
    return Promise.all(
      batch.map(async (delivery): Promise<Outcome> => {
        const mailParams = params.get(delivery.noticeId);
        if (!mailParams) return missing;
        const contactId = unsubscribe.get(delivery.id);
        const unsubscribeUrl = contactId ? unsubscribePageUrl(contactId) : undefined;
        const key = contactId ? delivery.id : `${delivery.noticeId}:${delivery.locale}`;
        let mail = rendered.get(key);
        if (!mail) {
          try {
            mail = renderMail('change-notice', delivery.locale, { ...mailParams, unsubscribeUrl });
          } catch (error) {
            return { ok: false, permanent: true, error: errorText(error) };
          }
          rendered.set(key, mail);
        }
        return sendOutboxMail({ to: delivery.recipient, ...mail, messageId: delivery.messageId, unsubscribeContactId: contactId });
      }),
    );
  },
});

/**
 * Without SMTP (the embedded demo) the mail lands in the development mailbox: a mails row with the
 * delivery's Message-ID, rendered by the mailbox like every other mail. Inserting it again after a
 * crash does nothing (the Message-ID is unique), so a delivery is in the mailbox once.
 */
async function deliverToMailbox(
  ctx: JobContext,
  batch: DeliveryRow[],
  params: Map<string, ChangeNoticeMailParams>,
  unsubscribe: Map<string, string>,
): Promise<Outcome[]> {
  const ready = batch.filter((d) => params.has(d.noticeId));
  if (ready.length > 0) {
    await ctx.db
      .insert(mails)
      .values(
        ready.map((d) => ({
          to: d.recipient,
          template: 'change-notice',
          locale: d.locale,
          params: { ...params.get(d.noticeId)!, unsubscribeUrl: unsubscribe.has(d.id) ? unsubscribePageUrl(unsubscribe.get(d.id)!) : undefined },
          unsubscribeContactId: unsubscribe.get(d.id) ?? null,
          messageId: d.messageId,
          state: 'sent' as const,
          sentAt: ctx.now,
        })),
      )
      .onConflictDoNothing({ target: mails.messageId });
  }
  return batch.map((d) => (params.has(d.noticeId) ? { ok: true } : missing));
}
