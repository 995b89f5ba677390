'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/core/action';
import type { Ctx } from '@/lib/core/context';
import { addNoticeContact } from '@/lib/subscriptions/add-notice-contact';
import { addWebhook } from '@/lib/subscriptions/add-webhook';
import { rotateFeedToken } from '@/lib/subscriptions/feed-token';
import { removeNoticeContact } from '@/lib/subscriptions/remove-notice-contact';
import { removeWebhook } from '@/lib/subscriptions/remove-webhook';
import {
  addNoticeContactSchema,
  addWebhookSchema,
  feedTokenSchema,
  removeNoticeContactSchema,
  removeWebhookSchema,
} from '@/lib/subscriptions/schemas';

// Signatories manage their organisation's subscriptions. action() authorizes 'subscriptions.manage'
// with the orgId from the input; every use case checks again and scopes its WHERE by that orgId.
// The page is revalidated once the change has committed.

type Input = { orgId: string };

/** The use case, then a refreshed subscriptions page after the commit. */
function refreshing<I extends Input, T>(useCase: (ctx: Ctx, input: I) => Promise<T>) {
  return async (ctx: Ctx, input: I) => {
    const result = await useCase(ctx, input);
    ctx.afterCommit(() => revalidatePath(`/orgs/${input.orgId}/subscriptions`));
    return result;
  };
}

const manage = { permission: 'subscriptions.manage' as const, orgId: (input: Input) => input.orgId };

export const addNoticeContactAction = action({ ...manage, schema: addNoticeContactSchema }, refreshing(addNoticeContact));

export const removeNoticeContactAction = action({ ...manage, schema: removeNoticeContactSchema }, refreshing(removeNoticeContact));

/** The new URLs are returned once, to be shown once; only their hash stays in the database. */
export const rotateFeedTokenAction = action({ ...manage, schema: feedTokenSchema }, refreshing(rotateFeedToken));

export const addWebhookAction = action({ ...manage, schema: addWebhookSchema }, refreshing(addWebhook));

export const removeWebhookAction = action({ ...manage, schema: removeWebhookSchema }, refreshing(removeWebhook));
