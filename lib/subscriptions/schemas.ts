import { z } from 'zod';

// One schema per input, shared by the forms (hints) and the actions (the truth). Messages are
// dictionary keys, translated by the action wrapper (lib/core/action.ts).

const orgId = z.guid({ error: 'validation.invalid' });

const email = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(254, { error: 'validation.tooLong' })
  .pipe(z.email({ error: 'validation.email' }));

export const addNoticeContactSchema = z.object({
  orgId,
  email,
  name: z
    .string()
    .trim()
    .max(200, { error: 'validation.tooLong' })
    .optional()
    .transform((v) => v || null),
  locale: z.enum(['de', 'en'], { error: 'validation.invalid' }),
});

export const removeNoticeContactSchema = z.object({ orgId, contactId: z.guid({ error: 'validation.invalid' }) });

/** The confirmation token: 32 random bytes, base64url. */
export const confirmNoticeContactSchema = z.object({
  token: z.string({ error: 'validation.required' }).regex(/^[A-Za-z0-9_-]{43}$/, { error: 'subscriptions.confirm.invalid' }),
});

/** Rotating invalidates the old URLs at once, so the form says so explicitly. */
export const feedTokenSchema = z.object({ orgId, confirm: z.literal('rotate', { error: 'validation.required' }) });

export const addWebhookSchema = z.object({
  orgId,
  url: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(2000, { error: 'validation.tooLong' }),
});

export const removeWebhookSchema = z.object({ orgId, webhookId: z.guid({ error: 'validation.invalid' }) });

export type AddNoticeContactInput = z.output<typeof addNoticeContactSchema>;
export type RemoveNoticeContactInput = z.output<typeof removeNoticeContactSchema>;
export type ConfirmNoticeContactInput = z.output<typeof confirmNoticeContactSchema>;
export type FeedTokenInput = z.output<typeof feedTokenSchema>;
export type AddWebhookInput = z.output<typeof addWebhookSchema>;
export type RemoveWebhookInput = z.output<typeof removeWebhookSchema>;
