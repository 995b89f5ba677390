import 'server-only';
import { and, eq } from 'drizzle-orm';
import { contacts } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import type { RemoveNoticeContactInput } from './schemas';

/** Removes a notice contact of this organisation; deliveries already made stay as evidence. */
export async function removeNoticeContact(ctx: Ctx, input: RemoveNoticeContactInput) {
  assertCan(ctx, 'subscriptions.manage', input.orgId);
  const [removed] = await ctx.db
    .delete(contacts)
    .where(and(eq(contacts.id, input.contactId), eq(contacts.orgId, input.orgId), eq(contacts.kind, 'notice')))
    .returning({ id: contacts.id, email: contacts.email });
  if (!removed) throw new AppError('NOT_FOUND', 'subscriptions.contact.notFound');
  await ctx.audit({
    action: 'subscriptions.contact.remove',
    orgId: input.orgId,
    targetType: 'contact',
    targetId: removed.id,
    details: { email: removed.email },
  });
  return { contactId: removed.id };
}
