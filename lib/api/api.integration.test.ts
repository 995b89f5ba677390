import fs from 'node:fs';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as openApiGet } from '@/app/api/v1/openapi.json/route';
import { GET as registerGet } from '@/app/api/v1/register/route';
import { POST as remoteSessionsPost } from '@/app/api/v1/remote-sessions/route';
import { GET as lookupGet } from '@/app/api/v1/support/lookup/route';
import { getDb } from '@/db/client';
import { apiTokens, auditEvents, organisations, rateLimits } from '@/db/schema';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { queryRows } from '@/lib/core/rows';
import { rateKeyHash } from '@/lib/auth/rate-limit';
import type { ApiScope, UserActor } from '@/lib/core/actor';
import { actorFor, runAs } from '@/lib/testing/context';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { createApiToken, revokeApiToken } from './api-tokens';

let admin: UserActor;
const orgId: Record<string, string> = {};
// Route handlers are called directly: no server listens, the origin only has to be well-formed.
const base = 'https://portal.example';

const newToken = (scopes: ApiScope[], name = 'phone system') => runAs(admin, (ctx) => createApiToken(ctx, { name, scopes }));
const get = (handler: (r: Request) => Promise<Response>, url: string, secret?: string) =>
  handler(new Request(`${base}${url}`, { headers: secret ? { authorization: `Bearer ${secret}` } : {} }));
const post = (handler: (r: Request) => Promise<Response>, url: string, body: unknown, secret: string) =>
  handler(new Request(`${base}${url}`, { method: 'POST', body: JSON.stringify(body), headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' } }));

describe('API v1', () => {
  beforeAll(async () => {
    admin = await actorFor(demoAccounts.admin);
    for (const row of await getDb().select({ id: organisations.id, n: organisations.customerNumber }).from(organisations)) orgId[row.n] = row.id;
  });

  it('stores only a hash of the token, shows its last use, and audits each call with the token id', async () => {
    const { tokenId, secret } = await newToken(['support:read']);
    const [row] = await getDb().select().from(apiTokens).where(eq(apiTokens.id, tokenId));
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row!.lastUsedAt).toBeNull();

    const response = await get(lookupGet, '/api/v1/support/lookup?phone=0049%20(711)%202293-440', secret);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.results).toHaveLength(1);
    expect(body.results[0]).toMatchObject({ organisation: { customerNumber: demoOrgs.none }, supportLevel: 'advice_only', reason: 'no_agreement', agreement: null });

    const [used] = await getDb().select().from(apiTokens).where(eq(apiTokens.id, tokenId));
    expect(used!.lastUsedAt).not.toBeNull();
    // Written at most once a minute: a second call at once leaves it (and the token's row) alone.
    expect((await get(lookupGet, '/api/v1/support/lookup?phone=0049%20(711)%202293-440', secret)).status).toBe(200);
    const [again] = await getDb().select().from(apiTokens).where(eq(apiTokens.id, tokenId));
    expect(again!.lastUsedAt).toEqual(used!.lastUsedAt);
    // One event per call, naming the token, the kind of key (never the number) and the request; it
    // is queued by the lookup's own statement (decision 0152), so it is in the chain with the answer.
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.actorRole, `token:${tokenId}`));
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ action: 'support.lookup', details: { by: 'phone', api: { method: 'GET', path: '/api/v1/support/lookup' } } });
    expect(JSON.stringify(events.map((e) => e.details))).not.toMatch(/2293/);
    // Hashed from the prepared statement's placeholders exactly as from an insert of its own.
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: true });
  });

  it('answers by customer number and e-mail, with the agreement', async () => {
    const { secret } = await newToken(['support:read']);
    const byNumber = await (await get(lookupGet, `/api/v1/support/lookup?customerNumber=${demoOrgs.current}`, secret)).json();
    expect(byNumber.results[0]).toMatchObject({ supportLevel: 'full', agreement: { version: expect.any(Number) } });
    const byMail = await (await get(lookupGet, `/api/v1/support/lookup?email=${encodeURIComponent(demoAccounts.signatory)}`, secret)).json();
    expect(byMail.results[0].organisation.customerNumber).toBe(demoOrgs.current);
  });

  it('401 without, with an unknown or with a revoked token; 403 with the wrong scope; 422 with JSON codes', async () => {
    const missing = await get(lookupGet, '/api/v1/support/lookup?phone=07112293440');
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect((await get(lookupGet, '/api/v1/support/lookup?phone=07112293440', 'dpa_unknown')).status).toBe(401);

    const { tokenId, secret } = await newToken(['support:read']);
    await runAs(admin, (ctx) => revokeApiToken(ctx, { tokenId }));
    expect((await get(lookupGet, '/api/v1/support/lookup?phone=07112293440', secret)).status).toBe(401);

    const registerOnly = await newToken(['register:read']);
    const wrong = await get(lookupGet, '/api/v1/support/lookup?phone=07112293440', registerOnly.secret);
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await get(registerGet, '/api/v1/register', registerOnly.secret)).status).toBe(200);

    const support = await newToken(['support:read']);
    expect((await get(registerGet, '/api/v1/register', support.secret)).status).toBe(403);
    const invalid = await get(lookupGet, '/api/v1/support/lookup?phone=1&email=x', support.secret);
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({ error: { code: 'VALIDATION', fieldErrors: expect.any(Object) } });
  });

  it("refuses a browser's cross-site POST (cookie, no token, no Origin) with 403 even without proxy.ts", async () => {
    const response = await remoteSessionsPost(
      new Request(`${base}/api/v1/remote-sessions`, { method: 'POST', body: '{}', headers: { cookie: 'authjs.session-token=x', 'content-type': 'application/json' } }),
    );
    expect([response.status, (await response.json()).error.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('starts a remote session with a DPA and refuses one without (409 DPA_REQUIRED, recorded)', async () => {
    const { tokenId, secret } = await newToken(['support:read'], 'ticket system');
    const granted = await post(remoteSessionsPost, '/api/v1/remote-sessions', { orgId: orgId[demoOrgs.current], ticketReference: 'OTRS-1', reason: 'VPN einrichten' }, secret);
    expect(granted.status).toBe(200);
    expect(await granted.json()).toMatchObject({ reference: expect.stringMatching(/^RS-/) });
    // The use case's own event carries the request; no second api.call event for the same call.
    const started = await getDb().select().from(auditEvents).where(eq(auditEvents.actorRole, `token:${tokenId}`));
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ action: 'support.session.started', details: { api: { method: 'POST', path: '/api/v1/remote-sessions' } } });
    const refused = await post(remoteSessionsPost, '/api/v1/remote-sessions', { orgId: orgId[demoOrgs.none], ticketReference: 'OTRS-2', reason: 'Logs ansehen', action: 'log_analysis' }, secret);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: { code: 'DPA_REQUIRED', reason: 'no_agreement' } });
    const [audit] = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'support.session.refused'), eq(auditEvents.orgId, orgId[demoOrgs.none]!)))
      .orderBy(sql`${auditEvents.seq} desc`)
      .limit(1);
    expect(audit!.actorRole).toMatch(/^token:/);
  });

  it('limits each token: 429 with Retry-After', async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = '3';
    try {
      const { tokenId, secret } = await newToken(['register:read']);
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i++) {
        last = await get(registerGet, '/api/v1/register', secret);
        statuses.push(last.status);
      }
      // The window is a minute: at a minute boundary the fourth call may open a new one.
      if (statuses[3] !== 429) statuses.push((last = await get(registerGet, '/api/v1/register', secret)).status);
      expect(statuses).toContain(429);
      expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await last!.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
      // The counter is the one hitRateLimit() keeps (its key hashed the same way, so pruning finds it).
      const counters = await getDb().select().from(rateLimits).where(eq(rateLimits.keyHash, rateKeyHash('api-token', tokenId)));
      expect(counters.reduce((n, c) => n + c.count, 0)).toBe(statuses.length);
      expect(counters.every((c) => c.bucket === 'api-token')).toBe(true);
    } finally {
      delete process.env.API_RATE_LIMIT_PER_MINUTE;
    }
  });

  it('keeps the counters out of the WAL and the audit log in it (decision 0152)', async () => {
    // A call's counter update then commits without a flush of its own while it holds the token's one
    // row; the audit chain, sessions and the rest must survive a crash, so they stay logged.
    const persistence = await queryRows<{ relname: string; relpersistence: string }>(
      getDb(),
      sql`select relname, relpersistence from pg_class where relname in ('rate_limits', 'audit_events', 'api_tokens', 'sessions')
        and relnamespace = current_schema()::regnamespace order by relname`,
    );
    expect(Object.fromEntries(persistence.map((r) => [r.relname, r.relpersistence]))).toEqual({
      api_tokens: 'p',
      audit_events: 'p',
      rate_limits: 'u',
      sessions: 'p',
    });
  });

  it('publishes an OpenAPI 3.1 document that validates, documents every token route, and names only existing ones', async () => {
    const doc = await (await openApiGet()).json();
    expect(doc.openapi).toBe('3.1.0');
    await SwaggerParser.validate(structuredClone(doc));

    const apiDir = path.resolve(__dirname, '../../app/api/v1');
    const tokenRoutes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === 'route.ts' && fs.readFileSync(full, 'utf8').includes('apiRoute(')) {
          tokenRoutes.push(`/api/v1/${path.relative(apiDir, path.dirname(full)).split(path.sep).join('/')}`);
        }
      }
    };
    walk(apiDir);
    expect(Object.keys(doc.paths).sort()).toEqual(tokenRoutes.sort());
    for (const [p, methods] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      const source = fs.readFileSync(path.join(apiDir, p.replace('/api/v1/', ''), 'route.ts'), 'utf8');
      for (const method of Object.keys(methods)) expect(source, `${method} ${p}`).toContain(`export const ${method.toUpperCase()} =`);
    }
  });
});
