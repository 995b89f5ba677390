'use server';

import { revalidatePath } from 'next/cache';
import { action } from '@/lib/action';
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

// Signatories manage their organisation's subscriptions. authorize('subscriptions.manage') runs in
// the wrapper with the orgId from the input; every lib function scopes its WHERE by that orgId.
// The use cases name field problems by dictionary key; the action wrapper translates them.

const manage = { permission: 'subscriptions.manage' as const };
const refresh = (orgId: string) => revalidatePath(`/orgs/${orgId}/subscriptions`);

export const addNoticeContactAction = action(
  { ...manage, schema: addNoticeContactSchema, orgId: (input) => input.orgId },
  async ({ actor, input, tx, meta }) => {
    const result = await addNoticeContact(tx, actor, input, meta);
    refresh(input.orgId);
    return result;
  },
);

export const removeNoticeContactAction = action(
  { ...manage, schema: removeNoticeContactSchema, orgId: (input) => input.orgId },
  async ({ actor, input, tx, meta }) => {
    const result = await removeNoticeContact(tx, actor, input, meta);
    refresh(input.orgId);
    return result;
  },
);

/** The new URLs are returned once, to be shown once; only their hash stays in the database. */
export const rotateFeedTokenAction = action(
  { ...manage, schema: feedTokenSchema, orgId: (input) => input.orgId },
  async ({ actor, input, tx, meta }) => {
    const urls = await rotateFeedToken(tx, actor, input, meta);
    refresh(input.orgId);
    return urls;
  },
);

export const addWebhookAction = action(
  { ...manage, schema: addWebhookSchema, orgId: (input) => input.orgId },
  async ({ actor, input, tx, meta }) => {
    const result = await addWebhook(tx, actor, input, meta);
    refresh(input.orgId);
    return result;
  },
);

export const removeWebhookAction = action(
  { ...manage, schema: removeWebhookSchema, orgId: (input) => input.orgId },
  async ({ actor, input, tx, meta }) => {
    const result = await removeWebhook(tx, actor, input, meta);
    refresh(input.orgId);
    return result;
  },
);
