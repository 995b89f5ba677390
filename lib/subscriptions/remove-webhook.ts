import 'server-only';
import { and, eq } from 'drizzle-orm';
import { webhooks } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';
import { AppError } from '@/lib/errors';
import type { RemoveWebhookInput } from './schemas';

/** Removes a webhook of this organisation with its delivery log (the audit event keeps the fact). */
export async function removeWebhook(ctx: Ctx, input: RemoveWebhookInput) {
  assertCan(ctx, 'subscriptions.manage', input.orgId);
  const [removed] = await ctx.db
    .delete(webhooks)
    .where(and(eq(webhooks.id, input.webhookId), eq(webhooks.orgId, input.orgId)))
    .returning({ id: webhooks.id, url: webhooks.url });
  if (!removed) throw new AppError('NOT_FOUND', 'subscriptions.webhook.notFound');
  await ctx.audit({
    action: 'subscriptions.webhook.remove',
    orgId: input.orgId,
    targetType: 'webhook',
    targetId: removed.id,
    details: { url: removed.url },
  });
  return { webhookId: removed.id };
}
