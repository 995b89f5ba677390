import 'server-only';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

// Webhook requests are signed the Standard Webhooks way (standardwebhooks.com): the signature
// covers the message id, the time of sending and the body, so a receiver can refuse a replayed or
// stale request, not only a forged one, with a verifier that exists for many languages.

/** A new signing secret in the form every Standard Webhooks library reads: whsec_ + base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * The headers of one request. `id` is the delivery's id, the same on every attempt, so the
 * receiver can recognise a retry of a request it has already processed.
 */
export function webhookSignatureHeaders(secret: string, message: { id: string; timestamp: Date; body: string }) {
  const signature = new Webhook(secret).sign(message.id, message.timestamp, message.body);
  return {
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(message.timestamp.getTime() / 1000)),
    'webhook-signature': signature,
  };
}
