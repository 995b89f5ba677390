import 'server-only';
import { desc, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { mails } from '@/db/schema';

export const mailboxQuery = z.object({ to: z.string().trim().max(254).optional() });

/** The newest 50 mails, optionally for one recipient; for the development mailbox only. */
export async function listMailboxMails({ to }: { to?: string }) {
  return getDb()
    .select({ id: mails.id, to: mails.to, subject: mails.subject, text: mails.text, createdAt: mails.createdAt, attachment: mails.attachmentAgreementId })
    .from(mails)
    .where(to ? sql`lower(${mails.to}) = ${to.toLowerCase()}` : undefined)
    .orderBy(desc(mails.createdAt))
    .limit(50);
}
