import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { webhooks } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { roleIn } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import type { RequestMeta, SubscriptionActor } from './types';

/** Removes a webhook of this organisation with its delivery log (the audit event keeps the fact). */
export async function removeWebhook(
  tx: Tx,
  actor: SubscriptionActor,
  input: { orgId: string; webhookId: string },
  meta: RequestMeta,
) {
  const [removed] = await tx
    .delete(webhooks)
    .where(and(eq(webhooks.id, input.webhookId), eq(webhooks.orgId, input.orgId)))
    .returning({ id: webhooks.id, url: webhooks.url });
  if (!removed) throw new AppError('NOT_FOUND', 'subscriptions.webhook.notFound');
  await writeAuditEvent(
    tx,
    { userId: actor.userId, role: roleIn(actor, input.orgId), ...meta },
    { action: 'subscriptions.webhook.remove', orgId: input.orgId, targetType: 'webhook', targetId: removed.id, details: { url: removed.url } },
  );
  return { webhookId: removed.id };
}
