import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { contacts, organisations } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { roleIn } from '@/lib/auth/permissions';
import { hitRateLimit } from '@/lib/auth/rate-limit';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { queueMail } from '@/lib/mail/queue-mail';
import { confirmContactMail } from './confirm-contact-mail';
import { newSecretToken, sha256Hex } from './secret-token';
import type { RequestMeta, SubscriptionActor } from './types';

export type AddNoticeContactInput = { orgId: string; email: string; name: string | null; locale: Locale };

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
export async function addNoticeContact(
  tx: Tx,
  actor: SubscriptionActor,
  input: AddNoticeContactInput,
  meta: RequestMeta,
  now = new Date(),
) {
  const [org] = await tx
    .select({ id: organisations.id, legalName: organisations.legalName })
    .from(organisations)
    .where(eq(organisations.id, input.orgId))
    // Serialises adds for one organisation, so two at once cannot both take the last free place.
    .for('update');
  if (!org) throw new AppError('NOT_FOUND');
  const email = input.email.toLowerCase();
  const [existing] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.orgId, org.id), eq(contacts.kind, 'notice'), eq(sql`lower(${contacts.email})`, email)));
  if (existing) {
    throw new AppError('CONFLICT', 'subscriptions.contact.duplicate', { email: ['subscriptions.contact.duplicate'] });
  }
  const [{ count } = { count: 0 }] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(contacts)
    .where(and(eq(contacts.orgId, org.id), eq(contacts.kind, 'notice')));
  if (count >= MAX_NOTICE_CONTACTS) {
    throw new AppError('CONFLICT', 'security.contactLimit', { email: ['security.contactLimit'] });
  }
  const day = 24 * 60;
  const addressOk = await hitRateLimit(tx, 'contact-confirm:address', email, CONFIRM_MAILS_PER_ADDRESS_PER_DAY, now, day);
  const orgOk = await hitRateLimit(tx, 'contact-confirm:org', org.id, CONFIRM_MAILS_PER_ORG_PER_DAY, now, day);
  if (!addressOk || !orgOk) {
    throw new AppError('RATE_LIMITED', 'security.contactMailLimit', { email: ['security.contactMailLimit'] });
  }
  const token = newSecretToken();
  const [contact] = await tx
    .insert(contacts)
    .values({ orgId: org.id, kind: 'notice', email, name: input.name, locale: input.locale, confirmTokenHash: sha256Hex(token) })
    .returning({ id: contacts.id });
  const url = `${env().APP_URL.replace(/\/$/, '')}/subscriptions/confirm?token=${token}`;
  await queueMail(tx, { to: email, ...confirmContactMail(input.locale, { orgName: org.legalName, url }) });
  await writeAuditEvent(
    tx,
    { userId: actor.userId, role: roleIn(actor, org.id), ...meta },
    { action: 'subscriptions.contact.add', orgId: org.id, targetType: 'contact', targetId: contact!.id, details: { email, locale: input.locale } },
  );
  return { contactId: contact!.id, email };
}
