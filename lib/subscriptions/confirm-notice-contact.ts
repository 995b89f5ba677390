import 'server-only';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { contacts, organisations } from '@/db/schema';
import type { UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import type { ConfirmNoticeContactInput } from './schemas';
import { sha256Hex } from './secret-token';

/** A confirmation link is good for a week after the contact was added. */
export const CONFIRM_VALID_MS = 7 * 24 * 3_600_000;

/**
 * The contact follows the link and presses the button (a POST: mail scanners that fetch links must
 * not confirm anyone). The token is single use: its hash is cleared on confirmation. Anyone holding
 * the link may confirm, signed in or not: the token is the credential.
 */
export async function confirmNoticeContact(ctx: Ctx<UserActor | null>, input: ConfirmNoticeContactInput) {
  const [contact] = await ctx.db
    .update(contacts)
    .set({ confirmedAt: ctx.now, confirmTokenHash: null })
    .where(
      and(
        eq(contacts.confirmTokenHash, sha256Hex(input.token)),
        eq(contacts.kind, 'notice'),
        isNull(contacts.confirmedAt),
        gt(contacts.createdAt, new Date(ctx.now.getTime() - CONFIRM_VALID_MS)),
      ),
    )
    .returning({ id: contacts.id, orgId: contacts.orgId, email: contacts.email });
  if (!contact) throw new AppError('NOT_FOUND', 'subscriptions.confirm.invalid');
  const [org] = await ctx.db.select({ legalName: organisations.legalName }).from(organisations).where(eq(organisations.id, contact.orgId));
  // The audit event names the confirming address; the actor is whoever holds the link.
  await ctx.audit({
    action: 'subscriptions.contact.confirm',
    orgId: contact.orgId,
    targetType: 'contact',
    targetId: contact.id,
    details: { email: contact.email },
  });
  return { email: contact.email, orgName: org?.legalName ?? '' };
}
