import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { contacts, organisations } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { roleIn } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { queueMail } from '@/lib/mail/queue-mail';
import { createContext } from '@/lib/core/context';
import { newSecretToken, sha256Hex } from './secret-token';
import type { RequestMeta, SubscriptionActor } from './types';

export type AddNoticeContactInput = { orgId: string; email: string; name: string | null; locale: Locale };

/**
 * A signatory names a notice contact (e.g. their external DPO). The contact gets a confirmation
 * mail with a single-use link and nothing else until they confirm: nobody can subscribe a stranger's
 * address to our mail. Only the token's sha256 is stored.
 */
export async function addNoticeContact(tx: Tx, actor: SubscriptionActor, input: AddNoticeContactInput, meta: RequestMeta) {
  const [org] = await tx
    .select({ id: organisations.id, legalName: organisations.legalName })
    .from(organisations)
    .where(eq(organisations.id, input.orgId));
  if (!org) throw new AppError('NOT_FOUND');
  const email = input.email.toLowerCase();
  const [existing] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.orgId, org.id), eq(contacts.kind, 'notice'), eq(sql`lower(${contacts.email})`, email)));
  if (existing) {
    throw new AppError('CONFLICT', 'subscriptions.contact.duplicate', { email: ['subscriptions.contact.duplicate'] });
  }
  const token = newSecretToken();
  const [contact] = await tx
    .insert(contacts)
    .values({ orgId: org.id, kind: 'notice', email, name: input.name, locale: input.locale, confirmTokenHash: sha256Hex(token) })
    .returning({ id: contacts.id });
  const url = `${env().APP_URL.replace(/\/$/, '')}/subscriptions/confirm?token=${token}`;
  await queueMail(createContext({ actor: null, db: tx }), { to: email, locale: input.locale, template: 'confirm-contact', params: { orgName: org.legalName, url } });
  await writeAuditEvent(
    tx,
    { userId: actor.userId, role: roleIn(actor, org.id), ...meta },
    { action: 'subscriptions.contact.add', orgId: org.id, targetType: 'contact', targetId: contact!.id, details: { email, locale: input.locale } },
  );
  return { contactId: contact!.id, email };
}
