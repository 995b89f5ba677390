import 'server-only';
import { count, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { webhooks } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { roleIn } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/translate';
import { checkWebhookTarget, loopbackAllowed, type WebhookTargetError } from '@/lib/notices/webhook-target';
import { newSecretToken } from './secret-token';
import type { RequestMeta, SubscriptionActor } from './types';

const MAX_WEBHOOKS_PER_ORG = 5;

export const webhookTargetMessage: Record<WebhookTargetError, MessageKey> = {
  invalid_url: 'subscriptions.webhook.error.invalidUrl',
  https_required: 'subscriptions.webhook.error.httpsRequired',
  unresolvable: 'subscriptions.webhook.error.unresolvable',
  private_address: 'subscriptions.webhook.error.privateAddress',
};

/**
 * Registers a webhook. The URL must be https and resolve to public addresses only (checked again
 * before each send). The signing secret is generated here and shown once; it is stored as is,
 * because the worker needs it to sign every request.
 */
export async function addWebhook(tx: Tx, actor: SubscriptionActor, input: { orgId: string; url: string }, meta: RequestMeta) {
  const target = await checkWebhookTarget(input.url, { allowLoopback: loopbackAllowed(env()) });
  if (!target.ok) {
    const key = webhookTargetMessage[target.error];
    throw new AppError('VALIDATION', key, { url: [key] });
  }
  const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(webhooks).where(eq(webhooks.orgId, input.orgId));
  if (n >= MAX_WEBHOOKS_PER_ORG) throw new AppError('CONFLICT', 'subscriptions.webhook.error.tooMany');
  const secret = newSecretToken();
  const url = target.url.toString();
  const [hook] = await tx
    .insert(webhooks)
    .values({ orgId: input.orgId, url, secret, createdBy: actor.userId })
    .returning({ id: webhooks.id });
  await writeAuditEvent(
    tx,
    { userId: actor.userId, role: roleIn(actor, input.orgId), ...meta },
    { action: 'subscriptions.webhook.add', orgId: input.orgId, targetType: 'webhook', targetId: hook!.id, details: { url } },
  );
  return { webhookId: hook!.id, url, secret };
}
