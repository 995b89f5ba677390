import 'server-only';
import { count, eq } from 'drizzle-orm';
import { webhooks } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/translate';
import { newWebhookSecret } from '@/lib/change-notices/webhook-signature';
import { checkWebhookTarget, loopbackAllowed, type WebhookTargetError } from '@/lib/change-notices/webhook-target';
import type { AddWebhookInput } from './schemas';

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
export async function addWebhook(ctx: Ctx, input: AddWebhookInput) {
  assertCan(ctx, 'subscriptions.manage', input.orgId);
  const target = await checkWebhookTarget(input.url, { allowLoopback: loopbackAllowed(env()) });
  if (!target.ok) {
    const key = webhookTargetMessage[target.error];
    throw new AppError('VALIDATION', key, { url: [key] });
  }
  const [{ n } = { n: 0 }] = await ctx.db.select({ n: count() }).from(webhooks).where(eq(webhooks.orgId, input.orgId));
  if (n >= MAX_WEBHOOKS_PER_ORG) throw new AppError('CONFLICT', 'subscriptions.webhook.error.tooMany');
  const secret = newWebhookSecret();
  const url = target.url.toString();
  const [hook] = await ctx.db
    .insert(webhooks)
    .values({ orgId: input.orgId, url, secret, createdBy: ctx.actor.userId })
    .returning({ id: webhooks.id });
  await ctx.audit({ action: 'subscriptions.webhook.add', orgId: input.orgId, targetType: 'webhook', targetId: hook!.id, details: { url } });
  return { webhookId: hook!.id, url, secret };
}
