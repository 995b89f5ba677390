import 'server-only';
import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { apiTokens, rateLimits } from '@/db/schema';
import { sha256Hex } from '@/lib/auth/hash-token';
import { decide, type Permission } from '@/lib/auth/permissions';
import { rateWindowStart } from '@/lib/auth/rate-limit';
import { queryRows } from '@/lib/core/rows';
import { apiScopes, type ApiScope, type TokenActor } from '@/lib/core/actor';
import { createContext, inTransaction, type Ctx } from '@/lib/core/context';
import { describeCause, isDatabaseUnavailable, markDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER } from '@/db/unavailable';
import { isAppError, type ErrorCode } from '@/lib/errors';
import { requestAddress } from '@/lib/http/request-address';
import { appOrigin, checkSameOrigin } from '@/lib/http/same-origin';

/** Requests per token and minute (API_RATE_LIMIT_PER_MINUTE, default 120). */
export function apiRateLimit(): number {
  const value = Number(process.env.API_RATE_LIMIT_PER_MINUTE ?? 120);
  return Number.isInteger(value) && value > 0 ? value : 120;
}

const messages: Partial<Record<ErrorCode | 'DPA_REQUIRED', string>> = {
  UNAUTHENTICATED: 'A valid API token is required (Authorization: Bearer <token>).',
  FORBIDDEN: 'The token lacks the scope for this endpoint.',
  NOT_FOUND: 'Not found.',
  VALIDATION: 'The request is not valid.',
  RATE_LIMITED: 'Too many requests for this token; retry after the time in Retry-After.',
  CONFLICT: 'Conflict.',
};

/** The API's one error shape: `{ error: { code, message, fieldErrors? } }`. */
export function apiError(status: number, code: string, message?: string, extra: Record<string, unknown> = {}, headers?: HeadersInit) {
  return NextResponse.json({ error: { code, message: message ?? messages[code as ErrorCode] ?? code, ...extra } }, { status, headers });
}

/** How often a token's last use is written: the admin's list needs the minute, not every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

type TokenRow = { id: string; name: string; scopes: string[]; last_used_at: Date | string | null; hits: number };

/**
 * The bearer token and its rate-limit hit in one statement: the token (unknown, revoked or expired
 * gives no row, so nothing is counted) and the per-minute counter it has just raised. The counter's
 * key is hashed in SQL exactly as rateKeyHash() does (sha256 of `api-token:<id>`).
 */
async function tokenActor(request: Request, now: Date): Promise<{ actor: TokenActor; hits: number } | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  if (!match) return null;
  const [row] = await queryRows<TokenRow>(
    getDb(),
    sql`with token as (
      select ${apiTokens.id}, ${apiTokens.name}, ${apiTokens.scopes}, ${apiTokens.lastUsedAt} from ${apiTokens}
      where ${apiTokens.tokenHash} = ${sha256Hex(match[1]!)} and ${apiTokens.revokedAt} is null
        and (${apiTokens.expiresAt} is null or ${apiTokens.expiresAt} > ${now.toISOString()}::timestamptz)
    ), hit as (
      insert into ${rateLimits} (bucket, key_hash, window_start, count)
      select 'api-token', encode(sha256(convert_to('api-token:' || token.id::text, 'UTF8')), 'hex'), ${rateWindowStart(now, 1).toISOString()}::timestamptz, 1 from token
      on conflict (bucket, key_hash, window_start) do update set count = ${rateLimits}.count + 1
      returning count
    )
    select token.id::text as id, token.name, token.scopes, token.last_used_at, hit.count::int as hits from token, hit`,
  );
  if (!row) return null;
  // A write only when the recorded use is a minute old: a phone system's 20 lines calling at once
  // would otherwise queue on this one row for every call (decision 0142).
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.last_used_at || new Date(row.last_used_at) <= stale) {
    await getDb()
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.id, row.id), or(isNull(apiTokens.lastUsedAt), lte(apiTokens.lastUsedAt, stale))));
  }
  const scopes = row.scopes.filter((s): s is ApiScope => (apiScopes as readonly string[]).includes(s));
  return { actor: { kind: 'token', tokenId: row.id, name: row.name, scopes }, hits: Number(row.hits) };
}

type Spec<Q extends z.ZodType, B extends z.ZodType> = {
  permission: Permission;
  query?: Q;
  body?: B;
  /**
   * The use case only reads: it runs without a transaction and its audit event is one statement
   * that commits on its own, before the answer leaves (decision 0142). The audit is then the call's
   * only write, so a transaction around it would add two round trips and no atomicity.
   */
  readOnly?: true;
  /**
   * The use case writes its change and its audit event in one statement (ctx.auditStatement), which
   * commits as a whole: no transaction, so no BEGIN and COMMIT round trips (decision 0145).
   */
  oneStatement?: true;
};
type Input<Q extends z.ZodType, B extends z.ZodType> = { query: z.output<Q>; body: z.output<B> };

/**
 * The one wrapper for the token API (/api/v1/...): bearer token (401 if missing, unknown, revoked or
 * expired) -> rate limit per token (429 + Retry-After) -> scope (403) -> zod on query and body (422
 * with every field error) -> the use case with an audit event naming the token, in one transaction
 * (`readOnly` and `oneStatement` use cases need none). Answers JSON; errors as
 * `{ error: { code, message } }`; never a 500 with details.
 */
export function apiRoute<Q extends z.ZodType = z.ZodUnknown, B extends z.ZodType = z.ZodUnknown>(
  spec: Spec<Q, B>,
  handler: (ctx: Ctx<TokenActor>, input: Input<Q, B>) => Promise<unknown>,
) {
  return async (request: Request) => {
    try {
      // The same-origin rule again where the work happens (proxy.ts is only comfort, decision 0120):
      // a browser's state-changing request (cookies, no token) from elsewhere gets 403 here too.
      const pathname = new URL(request.url).pathname;
      if (!checkSameOrigin({ method: request.method, pathname, headers: request.headers }, appOrigin()).ok) {
        return apiError(403, 'FORBIDDEN', 'Cross-site request refused.');
      }
      const now = new Date();
      const token = await tokenActor(request, now);
      if (!token) return apiError(401, 'UNAUTHENTICATED', undefined, {}, { 'WWW-Authenticate': 'Bearer' });
      const { actor } = token;
      // From the request itself (not next/headers): the same trusted-proxy rule, and testable without Next.
      const info = { ip: requestAddress(request.headers), userAgent: request.headers.get('user-agent')?.slice(0, 500) ?? null };
      const ctx = createContext({ actor, locale: 'en', request: info, now });

      // Counted with the token check, so whether or not the call then succeeds.
      if (token.hits > apiRateLimit()) {
        const retryAfter = Math.max(1, 60 - ctx.now.getUTCSeconds());
        return apiError(429, 'RATE_LIMITED', undefined, { retryAfter }, { 'Retry-After': String(retryAfter) });
      }
      if (decide(actor, spec.permission) !== 'allow') return apiError(403, 'FORBIDDEN');

      const url = new URL(request.url);
      const query = spec.query ? spec.query.safeParse(Object.fromEntries(url.searchParams)) : { success: true as const, data: undefined, error: undefined };
      let rawBody: unknown = undefined;
      if (spec.body) {
        try {
          rawBody = await request.json();
        } catch {
          return apiError(422, 'VALIDATION', 'The body must be JSON.');
        }
      }
      const body = spec.body ? spec.body.safeParse(rawBody) : { success: true as const, data: undefined, error: undefined };
      if (!query.success || !body.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of [...(query.error?.issues ?? []), ...(body.error?.issues ?? [])]) {
          (fieldErrors[issue.path.join('.') || '_'] ??= []).push(issue.message);
        }
        return apiError(422, 'VALIDATION', undefined, { fieldErrors });
      }

      // Every call is audited with the token (the actor role names it) and the request: a use case
      // that writes its own event (support.lookup, support.session.started, …) carries `api` in its
      // details; any other call gets an `api.call` event. One chain append per call, not two.
      const call = { method: request.method, path: url.pathname };
      const audited = async (tx: Ctx<TokenActor>) => {
        let wrote = false;
        const tracked: Ctx<TokenActor> = {
          db: tx.db,
          actor: tx.actor,
          now: tx.now,
          locale: tx.locale,
          request: tx.request,
          inTransaction: tx.inTransaction,
          afterCommit: (fn) => tx.afterCommit(fn),
          audit: (event) => {
            wrote = true;
            return tx.audit({ ...event, details: { ...event.details, api: call } });
          },
          auditStatement: (event) => {
            wrote = true;
            return tx.auditStatement({ ...event, details: { ...event.details, api: call } });
          },
          auditValues: (event) => {
            wrote = true;
            return tx.auditValues({ ...event, details: { ...event.details, api: call } });
          },
        };
        const out = await handler(tracked, { query: query.data as z.output<Q>, body: body.data as z.output<B> });
        if (!wrote) await tx.audit({ action: 'api.call', targetType: 'api_token', targetId: actor.tokenId, details: call });
        return out;
      };
      const result = spec.readOnly || spec.oneStatement ? await audited(ctx) : await inTransaction(ctx, audited);
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      if (isAppError(error)) return apiError(error.status, error.code, undefined, error.fieldErrors ? { fieldErrors: error.fieldErrors } : {});
      if (isDatabaseUnavailable(error)) {
        markDatabaseUnavailable();
        console.error('[api] database unreachable', describeCause(error));
        return apiError(503, 'UNAVAILABLE', 'Temporarily unavailable, please retry.', {}, { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER) });
      }
      const errorId = crypto.randomUUID();
      console.error(`[api] ${errorId}`, error);
      return apiError(500, 'INTERNAL', `Internal error (${errorId.slice(0, 8)}).`);
    }
  };
}
