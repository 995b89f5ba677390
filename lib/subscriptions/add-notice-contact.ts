import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { contacts, organisations } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import { hitRateLimit } from '@/lib/auth/rate-limit';
import type { Ctx } from '@/lib/core/context';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { queueMail } from '@/lib/mail/queue-mail';
import type { AddNoticeContactInput } from './schemas';
import { newSecretToken, sha256Hex } from './secret-token';

/** Notice contacts per organisation (confirmed or not): enough for a DPO and deputies, not a mailing list. */
export const MAX_NOTICE_CONTACTS = 10;
/** Confirmation mails to one address per day, whoever adds it (removing and re-adding mails again). */
export const CONFIRM_MAILS_PER_ADDRESS_PER_DAY = 3;
/** Confirmation mails from one organisation per day: a signatory cannot mail strangers by the hundred. */
export const CONFIRM_MAILS_PER_ORG_PER_DAY = 20;

/**
 * A signatory names a notice contact (e.g. their external DPO). The contact gets a confirmation
 * mail with a single-use link and nothing else until they confirm: nobody can subscribe a stranger's
 * address to our mail. Only the token's sha256 is stored.
 */
export async function addNoticeContact(ctx: Ctx, input: AddNoticeContactInput) {
  assertCan(ctx, 'subscriptions.manage', input.orgId);
  const [org] = await ctx.db
    .select({ id: organisations.id, legalName: organisations.legalName })
    .from(organisations)
    .where(eq(organisations.id, input.orgId))
    // Serialises adds for one organisation, so two at once cannot both take the last free place.
    .for('update');
  if (!org) throw new AppError('NOT_FOUND');
  const email = input.email.toLowerCase();
  const [existing] = await ctx.db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.orgId, org.id), eq(contacts.kind, 'notice'), eq(sql`lower(${contacts.email})`, email)));
  if (existing) {
    throw new AppError('CONFLICT', 'subscriptions.contact.duplicate', { email: ['subscriptions.contact.duplicate'] });
  }
  const [{ count } = { count: 0 }] = await ctx.db
    .select({ count: sql<number>`count(*)::int` })
    .from(contacts)
    .where(and(eq(contacts.orgId, org.id), eq(contacts.kind, 'notice')));
  if (count >= MAX_NOTICE_CONTACTS) {
    throw new AppError('CONFLICT', 'security.contactLimit', { email: ['security.contactLimit'] });
  }
  const day = 24 * 60;
  const addressOk = await hitRateLimit(ctx, 'contact-confirm:address', email, CONFIRM_MAILS_PER_ADDRESS_PER_DAY, day);
  const orgOk = await hitRateLimit(ctx, 'contact-confirm:org', org.id, CONFIRM_MAILS_PER_ORG_PER_DAY, day);
  if (!addressOk || !orgOk) {
    throw new AppError('RATE_LIMITED', 'security.contactMailLimit', { email: ['security.contactMailLimit'] });
  }
  const token = newSecretToken();
  const [contact] = await ctx.db
    .insert(contacts)
    .values({ orgId: org.id, kind: 'notice', email, name: input.name, locale: input.locale, confirmTokenHash: sha256Hex(token), createdAt: ctx.now })
    .returning({ id: contacts.id });
  const url = `${env().APP_URL.replace(/\/$/, '')}/subscriptions/confirm?token=${token}`;
  // Someone else may have typed this address: the confirmation mail can be declined in one click too.
  await queueMail(ctx, {
    to: email,
    locale: input.locale,
    template: 'confirm-contact',
    params: { orgName: org.legalName, url },
    unsubscribeContactId: contact!.id,
  });
  await ctx.audit({
    action: 'subscriptions.contact.add',
    orgId: org.id,
    targetType: 'contact',
    targetId: contact!.id,
    details: { email, locale: input.locale },
  });
  return { contactId: contact!.id, email };
}
