import 'server-only';
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { apiTokens } from '@/db/schema';
import { sha256Hex } from '@/lib/auth/hash-token';
import { decide, type Permission } from '@/lib/auth/permissions';
import { hitRateLimit } from '@/lib/auth/rate-limit';
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

async function tokenActor(request: Request): Promise<TokenActor | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  if (!match) return null;
  const now = new Date();
  const [row] = await getDb()
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiTokens.tokenHash, sha256Hex(match[1]!)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    )
    .returning({ id: apiTokens.id, name: apiTokens.name, scopes: apiTokens.scopes });
  if (!row) return null;
  const scopes = row.scopes.filter((s): s is ApiScope => (apiScopes as readonly string[]).includes(s));
  return { kind: 'token', tokenId: row.id, name: row.name, scopes };
}

type Spec<Q extends z.ZodType, B extends z.ZodType> = { permission: Permission; query?: Q; body?: B };
type Input<Q extends z.ZodType, B extends z.ZodType> = { query: z.output<Q>; body: z.output<B> };

/**
 * The one wrapper for the token API (/api/v1/...): bearer token (401 if missing, unknown, revoked or
 * expired) -> rate limit per token (429 + Retry-After) -> scope (403) -> zod on query and body (422
 * with every field error) -> the use case in one transaction with an audit event naming the token.
 * Answers JSON; errors as `{ error: { code, message } }`; never a 500 with details.
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
      const actor = await tokenActor(request);
      if (!actor) return apiError(401, 'UNAUTHENTICATED', undefined, {}, { 'WWW-Authenticate': 'Bearer' });
      // From the request itself (not next/headers): the same trusted-proxy rule, and testable without Next.
      const info = { ip: requestAddress(request.headers), userAgent: request.headers.get('user-agent')?.slice(0, 500) ?? null };
      const ctx = createContext({ actor, locale: 'en', request: info });

      const limit = apiRateLimit();
      const within = await inTransaction(ctx, (tx) => hitRateLimit(tx, 'api-token', actor.tokenId, limit, 1));
      if (!within) {
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
      const result = await inTransaction(ctx, async (tx) => {
        let audited = false;
        const tracked: Ctx<TokenActor> = {
          db: tx.db,
          actor: tx.actor,
          now: tx.now,
          locale: tx.locale,
          request: tx.request,
          inTransaction: tx.inTransaction,
          afterCommit: (fn) => tx.afterCommit(fn),
          audit: (event) => {
            audited = true;
            return tx.audit({ ...event, details: { ...event.details, api: call } });
          },
        };
        const out = await handler(tracked, { query: query.data as z.output<Q>, body: body.data as z.output<B> });
        if (!audited) await tx.audit({ action: 'api.call', targetType: 'api_token', targetId: actor.tokenId, details: call });
        return out;
      });
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
