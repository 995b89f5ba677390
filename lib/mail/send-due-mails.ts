import 'server-only';
import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { mails } from '@/db/schema';
import { env } from '@/lib/env';
import { agreementAttachment } from './agreement-attachment';
import { isPermanentSmtpError, MAX_ATTEMPTS, retryDelayMs } from './smtp-retry';
import { smtpTransport } from './transport';

const BATCH = 20;

/**
 * Claims due mails with FOR UPDATE SKIP LOCKED (several workers never take the same row), sends
 * them outside the transaction, and records the outcome. A claim expires, so a mail taken by a
 * worker that died is sent again by another one.
 */
export async function sendDueMails(db: Database): Promise<number> {
  const now = new Date();
  const claimed = await db.transaction(async (tx) => {
    const due = tx
      .select({ id: mails.id })
      .from(mails)
      .where(
        or(
          and(eq(mails.state, 'queued'), lte(mails.nextAttemptAt, now)),
          and(eq(mails.state, 'sending'), lte(mails.lockedUntil, now)),
        ),
      )
      .orderBy(mails.nextAttemptAt)
      .limit(BATCH)
      .for('update', { skipLocked: true });
    return tx
      .update(mails)
      .set({
        state: 'sending',
        attempts: sql`${mails.attempts} + 1`,
        lockedUntil: new Date(now.getTime() + 120_000),
      })
      .where(inArray(mails.id, due))
      .returning();
  });
  await Promise.all(
    claimed.map(async (mail) => {
      try {
        await smtpTransport().sendMail({
          from: env().MAIL_FROM,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html ?? undefined,
          messageId: mail.messageId,
          attachments: mail.attachmentAgreementId ? [await agreementAttachment(db, mail.attachmentAgreementId)] : [],
        });
        await db
          .update(mails)
          .set({ state: 'sent', sentAt: new Date(), lockedUntil: null, lastError: null })
          .where(eq(mails.id, mail.id));
      } catch (error) {
        const final = isPermanentSmtpError(error) || mail.attempts >= MAX_ATTEMPTS;
        await db
          .update(mails)
          .set({
            state: final ? 'failed' : 'queued',
            lockedUntil: null,
            lastError: String((error as Error).message ?? error).slice(0, 500),
            nextAttemptAt: new Date(Date.now() + retryDelayMs(mail.attempts)),
          })
          .where(eq(mails.id, mail.id));
      }
    }),
  );
  return claimed.length;
}
