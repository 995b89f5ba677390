import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { contacts, notices, organisations, type Delivery } from '@/db/schema';
import type { Actor, UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import { verifyUnsubscribeToken } from './unsubscribe-token';

export const unsubscribeSchema = z.object({ token: z.string().min(1, 'account.unsubscribe.invalid').max(200, 'account.unsubscribe.invalid') });

/**
 * A notice contact leaves the list from the link in a mail, without an account: the signed token is
 * the credential and names exactly one contact row (of kind 'notice'), which is deleted with its
 * address. Run on the button's POST, never on opening the link (mail scanners fetch links).
 */
export async function unsubscribeNoticeContact(ctx: Ctx<UserActor | null>, input: z.output<typeof unsubscribeSchema>) {
  const contactId = verifyUnsubscribeToken(input.token);
  if (!contactId) throw new AppError('NOT_FOUND', 'account.unsubscribe.invalid');
  const [removed] = await ctx.db
    .delete(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.kind, 'notice')))
    .returning({ id: contacts.id, orgId: contacts.orgId });
  // Used twice: the address is already off the list, which is what the person wants to hear.
  if (!removed) return { alreadyDone: true, orgName: null };
  const [org] = await ctx.db.select({ legalName: organisations.legalName }).from(organisations).where(eq(organisations.id, removed.orgId));
  await ctx.audit({ action: 'subscriptions.contact.unsubscribed', orgId: removed.orgId, targetType: 'contact', targetId: removed.id });
  return { alreadyDone: false, orgName: org?.legalName ?? null };
}

/**
 * For a batch of change-notice deliveries: the contact id of each delivery whose recipient is a
 * notice contact of the notice's organisation (signatories are users, not contacts: they have none),
 * for the unsubscribe link in the text and the List-Unsubscribe header. Keyed by delivery id.
 */
export async function unsubscribeContacts(ctx: Ctx<Actor>, batch: Pick<Delivery, 'id' | 'noticeId' | 'recipient'>[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (batch.length === 0) return out;
  const rows = await ctx.db
    .select({ noticeId: notices.id, contactId: contacts.id, email: sql<string>`lower(${contacts.email})` })
    .from(notices)
    .innerJoin(contacts, and(eq(contacts.orgId, notices.orgId), eq(contacts.kind, 'notice')))
    .where(inArray(notices.id, [...new Set(batch.map((d) => d.noticeId))]));
  const byKey = new Map(rows.map((r) => [`${r.noticeId} ${r.email}`, r.contactId]));
  for (const delivery of batch) {
    const contactId = byKey.get(`${delivery.noticeId} ${delivery.recipient.toLowerCase()}`);
    if (contactId) out.set(delivery.id, contactId);
  }
  return out;
}
