import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { contacts, organisations } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { queueMail } from '@/lib/mail/queue-mail';
import type { AddNoticeContactInput } from './schemas';
import { newSecretToken, sha256Hex } from './secret-token';

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
    .where(eq(organisations.id, input.orgId));
  if (!org) throw new AppError('NOT_FOUND');
  const email = input.email.toLowerCase();
  const [existing] = await ctx.db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.orgId, org.id), eq(contacts.kind, 'notice'), eq(sql`lower(${contacts.email})`, email)));
  if (existing) {
    throw new AppError('CONFLICT', 'subscriptions.contact.duplicate', { email: ['subscriptions.contact.duplicate'] });
  }
  const token = newSecretToken();
  const [contact] = await ctx.db
    .insert(contacts)
    .values({ orgId: org.id, kind: 'notice', email, name: input.name, locale: input.locale, confirmTokenHash: sha256Hex(token), createdAt: ctx.now })
    .returning({ id: contacts.id });
  const url = `${env().APP_URL.replace(/\/$/, '')}/subscriptions/confirm?token=${token}`;
  await queueMail(ctx, { to: email, locale: input.locale, template: 'confirm-contact', params: { orgName: org.legalName, url } });
  await ctx.audit({
    action: 'subscriptions.contact.add',
    orgId: org.id,
    targetType: 'contact',
    targetId: contact!.id,
    details: { email, locale: input.locale },
  });
  return { contactId: contact!.id, email };
}
