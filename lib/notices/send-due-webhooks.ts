import 'server-only';
import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { webhookDeliveries, webhooks } from '@/db/schema';
import { env } from '@/lib/env';
import { errorText, MAX_ATTEMPTS, retryDelayMs } from '@/lib/mail/smtp-retry';
import { classifyWebhookError, targetErrorClass, type WebhookErrorClass } from './webhook-errors';
import { checkWebhookTarget, loopbackAllowed } from './webhook-target';

// The webhook outbox: rows written by the announcing transaction, POSTed here. The rows are the
// delivery log the subscriptions page shows (status, attempts, last error, time sent).

const BATCH = 20;
const CLAIM_MS = 120_000;
const TIMEOUT_MS = 10_000;

/** The signature header value: HMAC-SHA256 over the exact bytes of the body, hex. */
export function signWebhookBody(secret: string, body: string) {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

type Outcome = { status: number | null; error?: WebhookErrorClass; retry: boolean };

export async function sendDueWebhooks(db: Database): Promise<number> {
  const now = new Date();
  const claimed = await db.transaction(async (tx) => {
    const due = tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        or(
          and(eq(webhookDeliveries.state, 'queued'), lte(webhookDeliveries.nextAttemptAt, now)),
          and(eq(webhookDeliveries.state, 'sending'), lte(webhookDeliveries.lockedUntil, now)),
        ),
      )
      .orderBy(webhookDeliveries.nextAttemptAt)
      .limit(BATCH)
      .for('update', { skipLocked: true });
    return tx
      .update(webhookDeliveries)
      .set({ state: 'sending', attempts: sql`${webhookDeliveries.attempts} + 1`, lockedUntil: new Date(now.getTime() + CLAIM_MS) })
      .where(inArray(webhookDeliveries.id, due))
      .returning();
  });
  if (claimed.length === 0) return 0;
  const hooks = await db
    .select({ id: webhooks.id, url: webhooks.url, secret: webhooks.secret, active: webhooks.active })
    .from(webhooks)
    .where(inArray(webhooks.id, [...new Set(claimed.map((d) => d.webhookId))]));
  const hookById = new Map(hooks.map((h) => [h.id, h]));

  await Promise.all(
    claimed.map(async (delivery) => {
      const hook = hookById.get(delivery.webhookId);
      const outcome: Outcome =
        !hook || !hook.active
          ? { status: null, error: 'inactive', retry: false }
          : await post(hook.url, hook.secret, delivery.id, delivery.event, JSON.stringify(delivery.payload));
      const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
      const final = ok || !outcome.retry || delivery.attempts >= MAX_ATTEMPTS;
      await db
        .update(webhookDeliveries)
        .set({
          state: ok ? 'sent' : final ? 'failed' : 'queued',
          responseStatus: outcome.status,
          lastError: ok ? null : (outcome.error ?? 'http_status'),
          sentAt: ok ? new Date() : null,
          lockedUntil: null,
          nextAttemptAt: new Date(Date.now() + retryDelayMs(delivery.attempts)),
        })
        .where(eq(webhookDeliveries.id, delivery.id));
    }),
  );
  return claimed.length;
}

/**
 * One POST. The target is checked again now (the name may resolve differently than at
 * registration), and the connection goes to exactly the address that was checked: the lookup
 * handed to http.request returns it instead of asking DNS a second time.
 */
async function post(rawUrl: string, secret: string, deliveryId: string, event: string, body: string): Promise<Outcome> {
  const target = await checkWebhookTarget(rawUrl, { allowLoopback: loopbackAllowed(env()) });
  if (!target.ok) return { status: null, error: targetErrorClass(target.error), retry: target.error === 'unresolvable' };
  const [pinned] = target.addresses;
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned!]);
    else callback(null, pinned!.address, pinned!.family);
  };
  const client = target.url.protocol === 'https:' ? https : http;
  return new Promise<Outcome>((resolve) => {
    const request = client.request(
      target.url,
      {
        method: 'POST',
        lookup,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': Buffer.byteLength(body),
          'User-Agent': 'DPA-Portal-Webhook/1',
          'X-DPA-Event': event,
          'X-DPA-Delivery': deliveryId,
          'X-DPA-Signature': signWebhookBody(secret, body),
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        // The body is of no interest; drain it so the socket is released.
        response.resume();
        response.on('end', () => resolve(classify(status)));
        response.on('error', () => resolve(classify(status)));
      },
    );
    request.on('error', (error) => {
      // The customer's log gets the class; the full text is for staff, in the server log.
      console.warn(`[webhooks] delivery ${deliveryId} failed: ${errorText(error)}`);
      resolve({ status: null, error: classifyWebhookError(error), retry: true });
    });
    request.end(body);
  });
}

/** 2xx done; 5xx and 429 later again; redirects are not followed and, like other 4xx, final. */
function classify(status: number): Outcome {
  if (status >= 200 && status < 300) return { status, retry: false };
  if (status >= 500 || status === 429) return { status, error: 'http_status', retry: true };
  if (status >= 300 && status < 400) return { status, error: 'redirect', retry: false };
  return { status, error: 'http_status', retry: false };
}
