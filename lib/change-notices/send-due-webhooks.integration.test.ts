import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { isAppError } from '@/lib/errors';
import { drainOutbox } from '@/lib/jobs/run-job';
import { addWebhook } from '@/lib/subscriptions/add-webhook';
import { getSubscriptions } from '@/lib/subscriptions/get-subscriptions';
import { removeWebhook } from '@/lib/subscriptions/remove-webhook';
import { addWebhookSchema } from '@/lib/subscriptions/schemas';
import { announceTestChangeNotice } from '@/lib/testing/announce-change-notice';
import type { Ctx } from '@/lib/core/context';
import { actorFor, contextFor, runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { sendWebhooksJob } from './send-due-webhooks';

// Webhooks against a real HTTP server on 127.0.0.1 (allowed by the test-only
// WEBHOOK_ALLOW_LOOPBACK). Private-range targets are only validated: no traffic ever leaves loopback.

type Hit = { path: string; headers: http.IncomingHttpHeaders; body: string };
const hits: Hit[] = [];
let answer: number[] = [];
const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (c: Buffer) => chunks.push(c));
  request.on('end', () => {
    hits.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
    const status = answer.shift() ?? 200;
    response.writeHead(status, status >= 300 && status < 400 ? { Location: 'http://127.0.0.1:1/elsewhere' } : {});
    response.end('ok');
  });
});
let base = '';

beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_LOOPBACK = 'true';
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(async () => {
  hits.length = 0;
  answer = [];
  await sql`delete from webhooks`;
});

const orgId = seedId(`org:${demoOrgs.current}`);
const meta = { ip: '192.0.2.1', userAgent: 'vitest' };
/** Runs a use case as the organisation's signatory, in one transaction, as the action would. */
const asSignatory = async <T>(work: (ctx: Ctx) => Promise<T>) => runAs(await actorFor(demoAccounts.signatory), work, { request: meta });

const announce = () =>
  announceTestChangeNotice({ de: 'Neue Klimatechnik', en: 'New cooling' }, { de: 'Neue Klimatechnik im Rechenzentrum.', en: 'New cooling in the data centre.' });

const drain = () => drainOutbox(sendWebhooksJob);

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** What a receiver does with the Standard Webhooks library: true when the request is genuine and fresh. */
const verify = (secret: string, hit: Hit, headers: Record<string, string> = {}) => {
  const given = { ...(hit.headers as Record<string, string>), ...headers };
  try {
    new Webhook(secret).verify(hit.body, given);
    return true;
  } catch {
    return false;
  }
};

describe('webhooks', () => {
  it('POSTs each announced notice, signed the Standard Webhooks way with the shared secret, and logs the delivery', async () => {
    const hook = await asSignatory((ctx) => addWebhook(ctx, { orgId, url: `${base}/hooks/dpa` }));
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const changeNoticeId = await announce();
    await drain();

    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit!.path).toBe('/hooks/dpa');
    expect(hit!.headers['content-type']).toContain('application/json');
    expect(hit!.headers['x-dpa-event']).toBe('change_notice.announced');
    expect(verify(hook.secret, hit!)).toBe(true);
    // Another secret, a changed body, another message id or an old timestamp (a replay) all fail.
    expect(verify(`whsec_${Buffer.from('another secret of 32 bytes......').toString('base64')}`, hit!)).toBe(false);
    expect(verify(hook.secret, { ...hit!, body: hit!.body.replace('}', ',"x":1}') })).toBe(false);
    expect(verify(hook.secret, hit!, { 'webhook-id': crypto.randomUUID() })).toBe(false);
    const anHourAgo = String(Math.floor(Date.now() / 1000) - 3600);
    expect(verify(hook.secret, hit!, { 'webhook-timestamp': anHourAgo })).toBe(false);
    const payload = JSON.parse(hit!.body) as { changeNoticeId: string; orgId: string };
    expect(payload).toMatchObject({ changeNoticeId, orgId });

    const [row] = await sql<{ id: string; state: string; response_status: number; attempts: number; sent: boolean }>`
      select id, state, response_status, attempts, sent_at is not null as sent from webhook_deliveries`;
    expect(row).toMatchObject({ state: 'sent', response_status: 200, attempts: 1, sent: true });
    // The message id is the delivery's: the same on every attempt, so a receiver can drop a repeat.
    expect(hit!.headers['webhook-id']).toBe(row!.id);

    // The delivery log as the subscriptions page shows it.
    const view = await getSubscriptions(contextFor(await actorFor(demoAccounts.signatory)), { orgId });
    expect(view!.webhooks).toHaveLength(1);
    expect(view!.webhooks[0]!.log).toEqual([
      expect.objectContaining({ id: row!.id, state: 'sent', responseStatus: 200, attempts: 1, sentAt: expect.any(Date) }),
    ]);
    expect(view!.webhooks[0]!.log[0]!.title).toEqual({ de: 'Neue Klimatechnik', en: 'New cooling' });
  });

  it('retries on 5xx and 429 with backoff, gives up on other 4xx, follows no redirect', async () => {
    await asSignatory((ctx) => addWebhook(ctx, { orgId, url: `${base}/retry` }));
    await announce();
    answer = [503, 429, 200];
    for (let i = 0; i < 3; i++) {
      await drain();
      await sql`update webhook_deliveries set next_attempt_at = now() - interval '1 second' where state = 'queued'`;
    }
    const [done] = await sql<{ state: string; attempts: number; response_status: number }>`select state, attempts, response_status from webhook_deliveries`;
    expect(done).toEqual({ state: 'sent', attempts: 3, response_status: 200 });
    // Three attempts of one message: one webhook-id, each attempt signed afresh.
    expect(hits).toHaveLength(3);
    expect(new Set(hits.map((h) => h.headers['webhook-id'])).size).toBe(1);

    await sql`delete from webhook_deliveries`;
    await announce();
    answer = [410];
    await drain();
    await sql`update webhook_deliveries set next_attempt_at = now() - interval '1 second'`;
    await drain();
    const [gone] = await sql<{ state: string; attempts: number; last_error: string }>`select state, attempts, last_error from webhook_deliveries`;
    expect(gone).toEqual({ state: 'failed', attempts: 1, last_error: 'http_status' });

    await sql`delete from webhook_deliveries`;
    hits.length = 0;
    await announce();
    answer = [302];
    await drain();
    expect(hits).toHaveLength(1);
    const [moved] = await sql<{ state: string; response_status: number; last_error: string }>`select state, response_status, last_error from webhook_deliveries`;
    expect(moved).toEqual({ state: 'failed', response_status: 302, last_error: 'redirect' });
  });

  it('logs a short error class for the customer, not the raw TLS or socket message', async () => {
    // https:// to a port that speaks plain HTTP: the TLS handshake fails ("wrong version number").
    const hook = await asSignatory((ctx) => addWebhook(ctx, { orgId, url: `${base.replace('http:', 'https:')}/tls` }));
    await announce();
    await drain();
    const [tls] = await sql<{ state: string; last_error: string }>`select state, last_error from webhook_deliveries`;
    expect(tls).toEqual({ state: 'queued', last_error: 'tls' });

    // Nobody listening: connection refused.
    await sql`delete from webhook_deliveries`;
    await sql`update webhooks set url = 'http://127.0.0.1:1/closed' where id = ${hook.webhookId}`;
    await announce();
    await drain();
    const [closed] = await sql<{ last_error: string }>`select last_error from webhook_deliveries`;
    expect(closed!.last_error).toBe('connection_refused');

    const view = await getSubscriptions(contextFor(await actorFor(demoAccounts.signatory)), { orgId });
    expect(JSON.stringify(view!.webhooks[0]!.log)).not.toMatch(/SSL|ssl3|ECONN|routines|127\.0\.0\.1:1/);
  });

  it('refuses private, link-local and malformed targets at registration, writing nothing', async () => {
    const audit = async () => (await sql<{ n: number }>`select count(*)::int as n from audit_events`)[0]!.n;
    const before = await audit();
    for (const [url, key] of [
      ['https://10.0.0.1/hook', 'subscriptions.webhook.error.privateAddress'],
      ['https://192.168.1.1/hook', 'subscriptions.webhook.error.privateAddress'],
      ['https://169.254.169.254/latest/meta-data/', 'subscriptions.webhook.error.privateAddress'],
      ['https://[fd00::1]/hook', 'subscriptions.webhook.error.privateAddress'],
      ['http://hooks.customer.example/hook', 'subscriptions.webhook.error.httpsRequired'],
      ['hooks.customer.example', 'subscriptions.webhook.error.invalidUrl'],
    ] as const) {
      const error = await refusal(asSignatory((ctx) => addWebhook(ctx, { orgId, url })));
      expect(error.code).toBe('VALIDATION');
      expect(error.fieldErrors).toEqual({ url: [key] });
    }
    expect(addWebhookSchema.safeParse({ orgId, url: '  ' }).error?.issues[0]?.message).toBe('validation.required');
    expect((await sql`select 1 from webhooks`).length).toBe(0);
    expect(await audit()).toBe(before);
  });

  it('checks the target again before sending, and removing a webhook is scoped to its organisation', async () => {
    const hook = await asSignatory((ctx) => addWebhook(ctx, { orgId, url: `${base}/later` }));
    // The address changed after registration (as a DNS answer could): the send refuses it.
    await sql`update webhooks set url = 'https://169.254.169.254/latest' where id = ${hook.webhookId}`;
    await announce();
    await drain();
    expect(hits).toHaveLength(0);
    const [row] = await sql<{ state: string; last_error: string }>`select state, last_error from webhook_deliveries`;
    expect(row).toEqual({ state: 'failed', last_error: 'target_private' });

    const otherOrg = seedId(`org:${demoOrgs.none}`);
    const error = await refusal(asSignatory((ctx) => removeWebhook(ctx, { orgId: otherOrg, webhookId: hook.webhookId })));
    expect(error.code).toBe('NOT_FOUND');
    await asSignatory((ctx) => removeWebhook(ctx, { orgId, webhookId: hook.webhookId }));
    expect(await sql`select 1 from webhooks`).toHaveLength(0);
  });
});
