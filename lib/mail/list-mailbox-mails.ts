import 'server-only';
import { desc, sql } from 'drizzle-orm';
import { z } from 'zod';
import { mails } from '@/db/schema';
import type { Actor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { renderMail } from './templates';

export const mailboxQuery = z.object({ to: z.string().trim().max(254).optional() });

/**
 * The newest 50 mails, optionally for one recipient, rendered the way the sender renders them;
 * for the development mailbox only (the page exists only while env().mailbox is on).
 */
export async function listMailboxMails(ctx: Ctx<Actor | null>, { to }: { to?: string }) {
  const rows = await ctx.db
    .select({
      id: mails.id,
      to: mails.to,
      template: mails.template,
      locale: mails.locale,
      params: mails.params,
      createdAt: mails.createdAt,
      attachment: mails.attachmentAgreementId,
    })
    .from(mails)
    .where(to ? sql`lower(${mails.to}) = ${to.toLowerCase()}` : undefined)
    .orderBy(desc(mails.createdAt))
    .limit(50);
  return rows.map(({ template, locale, params, ...mail }) => {
    try {
      const { subject, text } = renderMail(template, locale, params);
      return { ...mail, subject, text };
    } catch (error) {
      // One broken row must not hide the others; the sender fails it the same way.
      return { ...mail, subject: `(${template})`, text: String((error as Error).message) };
    }
  });
}
