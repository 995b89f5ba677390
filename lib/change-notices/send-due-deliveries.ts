import 'server-only';
import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { deliveries, mails, type Delivery } from '@/db/schema';
import { env } from '@/lib/env';
import { errorText, isPermanentSmtpError, MAX_ATTEMPTS, retryDelayMs } from '@/lib/mail/smtp-retry';
import { smtpTransport } from '@/lib/mail/transport';
import { renderDeliveryMails, type RenderedMail } from './render-delivery-mails';

// The change-notice deliveries are an outbox: announcing a change notice writes one row per notice
// and recipient (state 'queued') in the announcing transaction; this worker sends them.
//
// States: queued -> sending (claimed) -> sent | queued again (retry later) | failed (5xx or too many
// attempts). 'bounced' is set by a bounce handler (a DSN arriving later for the stable Message-ID),
// which does not exist yet: an accepted mail is 'sent' here.

const BATCH = 100;
/** A claim older than this belongs to a worker that died; another worker takes the row over. */
const CLAIM_MS = 120_000;

type Claimed = Pick<Delivery, 'id' | 'noticeId' | 'recipient' | 'locale' | 'messageId' | 'attempts'>;

/**
 * Claims due deliveries: queued ones whose time has come, and ones a dead worker left in 'sending'
 * after its claim expired. FOR UPDATE SKIP LOCKED lets any number of workers claim side by side
 * without ever taking the same row.
 */
export async function claimDueDeliveries(db: Database, limit = BATCH): Promise<Claimed[]> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const due = tx
      .select({ id: deliveries.id })
      .from(deliveries)
      .where(
        or(
          and(eq(deliveries.state, 'queued'), lte(deliveries.nextAttemptAt, now)),
          and(eq(deliveries.state, 'sending'), lte(deliveries.lockedUntil, now)),
        ),
      )
      .orderBy(deliveries.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    return tx
      .update(deliveries)
      .set({
        state: 'sending',
        attempts: sql`${deliveries.attempts} + 1`,
        lockedUntil: new Date(now.getTime() + CLAIM_MS),
        updatedAt: now,
      })
      .where(inArray(deliveries.id, due))
      .returning({
        id: deliveries.id,
        noticeId: deliveries.noticeId,
        recipient: deliveries.recipient,
        locale: deliveries.locale,
        messageId: deliveries.messageId,
        attempts: deliveries.attempts,
      });
  });
}

/** Sends one batch of due deliveries; returns how many were claimed (0 = nothing due). */
export async function sendDueDeliveries(db: Database, options: { batch?: number } = {}): Promise<number> {
  const claimed = await claimDueDeliveries(db, options.batch ?? BATCH);
  if (claimed.length === 0) return 0;
  const rendered = await renderDeliveryMails(db, claimed);
  const missing = claimed.filter((d) => !rendered.has(d.id));
  const ready = claimed.filter((d) => rendered.has(d.id));
  for (const d of missing) await recordFailure(db, d, new Error('change notice data missing'), true);
  if (env().mailbox) {
    await deliverToMailbox(db, ready, rendered);
    return claimed.length;
  }

  const sent: string[] = [];
  const config = env();
  await Promise.all(
    ready.map(async (delivery) => {
      const mail = rendered.get(delivery.id)!;
      try {
        await smtpTransport().sendMail({
          from: config.MAIL_FROM,
          to: delivery.recipient,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          // The same Message-ID on every attempt: a receiver that got a mail whose acceptance we
          // never heard about can recognise the retry as the same message.
          messageId: delivery.messageId,
        });
        sent.push(delivery.id);
      } catch (error) {
        await recordFailure(db, delivery, error, isPermanentSmtpError(error));
      }
    }),
  );
  if (sent.length > 0) {
    const at = new Date();
    await db
      .update(deliveries)
      .set({ state: 'sent', sentAt: at, lockedUntil: null, lastError: null, updatedAt: at })
      .where(inArray(deliveries.id, sent));
  }
  return claimed.length;
}

async function recordFailure(db: Database, delivery: Claimed, error: unknown, permanent: boolean) {
  const final = permanent || delivery.attempts >= MAX_ATTEMPTS;
  const now = Date.now();
  await db
    .update(deliveries)
    .set({
      state: final ? 'failed' : 'queued',
      lockedUntil: null,
      lastError: errorText(error),
      nextAttemptAt: new Date(now + retryDelayMs(delivery.attempts)),
      updatedAt: new Date(now),
    })
    .where(eq(deliveries.id, delivery.id));
}

/**
 * Without SMTP (the embedded demo) the mail lands in the development mailbox, the mails table,
 * in the same transaction that marks the delivery sent: never both, never neither.
 */
async function deliverToMailbox(db: Database, ready: Claimed[], rendered: Map<string, RenderedMail>) {
  if (ready.length === 0) return;
  const at = new Date();
  await db.transaction(async (tx) => {
    await tx
      .insert(mails)
      .values(
        ready.map((d) => ({
          to: d.recipient,
          ...rendered.get(d.id)!,
          messageId: d.messageId,
          state: 'sent' as const,
          sentAt: at,
        })),
      )
      .onConflictDoNothing({ target: mails.messageId });
    await tx
      .update(deliveries)
      .set({ state: 'sent', sentAt: at, lockedUntil: null, lastError: null, updatedAt: at })
      .where(inArray(deliveries.id, ready.map((d) => d.id)));
  });
}
