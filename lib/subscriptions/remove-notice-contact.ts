import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { contacts } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { roleIn } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import type { RequestMeta, SubscriptionActor } from './types';

/** Removes a notice contact of this organisation; deliveries already made stay as evidence. */
export async function removeNoticeContact(
  tx: Tx,
  actor: SubscriptionActor,
  input: { orgId: string; contactId: string },
  meta: RequestMeta,
) {
  const [removed] = await tx
    .delete(contacts)
    .where(and(eq(contacts.id, input.contactId), eq(contacts.orgId, input.orgId), eq(contacts.kind, 'notice')))
    .returning({ id: contacts.id, email: contacts.email });
  if (!removed) throw new AppError('NOT_FOUND', 'subscriptions.contact.notFound');
  await writeAuditEvent(
    tx,
    { userId: actor.userId, role: roleIn(actor, input.orgId), ...meta },
    { action: 'subscriptions.contact.remove', orgId: input.orgId, targetType: 'contact', targetId: removed.id, details: { email: removed.email } },
  );
  return { contactId: removed.id };
}
