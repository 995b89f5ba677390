import 'server-only';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { webhookDeliveries, webhooks } from '@/db/schema';
import { env } from '@/lib/env';
import { errorText, type Outcome } from '@/lib/jobs/claim';
import { defineOutboxJob } from '@/lib/jobs/job';
import { classifyWebhookError, targetErrorClass, type WebhookErrorClass } from './webhook-errors';
import { webhookSignatureHeaders } from './webhook-signature';
import { checkWebhookTarget, loopbackAllowed } from './webhook-target';

// The webhook outbox: rows written by the announcing transaction, POSTed here. The rows are the
// delivery log the subscriptions page shows (status, attempts, last error, time sent).

const TIMEOUT_MS = 10_000;

// The customer's delivery log shows a short error class, never raw TLS or socket text.
type Reply = { status: number | null; error?: WebhookErrorClass; retry: boolean };

const webhookRow = z.object({ webhookId: z.string(), event: z.string(), payload: z.unknown() });

export const sendWebhooksJob = defineOutboxJob({
  name: 'send-webhooks',
  outbox: webhookDeliveries,
  batch: 20,
  payload: webhookRow,
  async handler(ctx, batch) {
    const hooks = await ctx.db
      .select({ id: webhooks.id, url: webhooks.url, secret: webhooks.secret, active: webhooks.active })
      .from(webhooks)
      .where(inArray(webhooks.id, [...new Set(batch.map((d) => d.webhookId))]));
    const hookById = new Map(hooks.map((h) => [h.id, h]));
    return Promise.all(
      batch.map(async (delivery): Promise<Outcome> => {
        const hook = hookById.get(delivery.webhookId);
        if (!hook || !hook.active) return { ok: false, permanent: true, error: 'inactive' satisfies WebhookErrorClass };
        const body = JSON.stringify(delivery.payload);
        const signature = webhookSignatureHeaders(hook.secret, { id: delivery.id, timestamp: ctx.now, body });
        const reply = await post(hook.url, { 'X-DPA-Event': delivery.event, ...signature }, body);
        const set = { responseStatus: reply.status };
        if (reply.status !== null && reply.status >= 200 && reply.status < 300) return { ok: true, set };
        return { ok: false, permanent: !reply.retry, error: reply.error ?? 'http_status', set };
      }),
    );
  },
});

/**
 * One POST. The target is checked again now (the name may resolve differently than at
 * registration), and the connection goes to exactly the address that was checked: the lookup
 * handed to http.request returns it instead of asking DNS a second time.
 */
async function post(rawUrl: string, headers: Record<string, string>, body: string): Promise<Reply> {
  const target = await checkWebhookTarget(rawUrl, { allowLoopback: loopbackAllowed(env()) });
  if (!target.ok) return { status: null, error: targetErrorClass(target.error), retry: target.error === 'unresolvable' };
  const [pinned] = target.addresses;
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned!]);
    else callback(null, pinned!.address, pinned!.family);
  };
  const client = target.url.protocol === 'https:' ? https : http;
  return new Promise<Reply>((resolve) => {
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
          ...headers,
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
      console.warn(`[webhooks] POST to ${target.url.host} failed: ${errorText(error)}`);
      resolve({ status: null, error: classifyWebhookError(error), retry: true });
    });
    request.end(body);
  });
}

/** 2xx done; 5xx and 429 later again; redirects are not followed and, like other 4xx, final. */
function classify(status: number): Reply {
  if (status >= 200 && status < 300) return { status, retry: false };
  if (status >= 500 || status === 429) return { status, error: 'http_status', retry: true };
  if (status >= 300 && status < 400) return { status, error: 'redirect', retry: false };
  return { status, error: 'http_status', retry: false };
}
