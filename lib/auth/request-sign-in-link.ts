import 'server-only';
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { after } from 'next/server';
import type { Tx } from '@/db/client';
import { staffRoles, users, verificationTokens } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import type { UserActor } from '@/lib/core/actor';
import { createContext, inTransaction, type Ctx } from '@/lib/core/context';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { queueMail } from '@/lib/mail/queue-mail';
import { hashVerificationToken } from './hash-token';
import { hitRateLimit } from './rate-limit';
import { safeCallbackUrl } from './safe-callback-url';
import { authSecret } from './secret';
import type { SignInInput } from './sign-in-schema';

export const LINK_VALID_MINUTES = 15;

type SignInCtx = Ctx<UserActor | null>;

/**
 * Step 1 of a sign-in request, while the visitor waits: the rate limits, and nothing that depends
 * on whether the address is known, so known and unknown addresses take the same time to answer
 * (issue 7, item 8). Per address *and* source: requests from elsewhere cannot use up the bucket of
 * a person signing in from their own network. Per source: one network cannot try many addresses.
 */
export async function limitSignInRequest(ctx: SignInCtx, input: SignInInput): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const limits = env();
  const source = ctx.request.ip ?? 'unknown';
  const addressOk = await hitRateLimit(ctx, 'sign-in:address+source', `${email} ${source}`, limits.SIGNIN_LIMIT_PER_ADDRESS);
  const sourceOk = await hitRateLimit(ctx, 'sign-in:ip', source, limits.SIGNIN_LIMIT_PER_IP);
  if (!addressOk || !sourceOk) throw new AppError('RATE_LIMITED');
}

/**
 * Step 2, after the answer has gone out: a magic link for a known user. An unknown address gets no
 * mail, no token and no user row. Only the token's hash is stored (the form Auth.js checks in its
 * callback). Earlier links stay valid until they expire or one of them is used: otherwise anyone
 * could void a person's pending link by asking for another (lib/auth/adapter.ts ends them all).
 */
export async function issueSignInLink(ctx: SignInCtx, input: SignInInput): Promise<void> {
  const { db: tx, request } = ctx;
  const email = input.email.trim().toLowerCase();
  const limits = env();
  const [user] = await tx
    .select({ id: users.id, locale: users.locale, disabledAt: users.disabledAt })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  // A disabled person is treated like an unknown address: no link, and the same answer.
  if (!user || user.disabledAt) return;
  // With an identity provider, staff sign in there and nowhere else (decision 0069): whoever
  // leaves the company at the IdP cannot come back in by mail. The same answer again.
  if (limits.oidc && (await tx.select({ role: staffRoles.role }).from(staffRoles).where(sql`${staffRoles.userId} = ${user.id}`).limit(1)).length) return;

  const token = crypto.randomBytes(32).toString('base64url');
  await tx.insert(verificationTokens).values({
    identifier: email,
    token: hashVerificationToken(token, authSecret()),
    expires: new Date(ctx.now.getTime() + LINK_VALID_MINUTES * 60_000),
  });
  const url = new URL('/api/auth/callback/email', limits.APP_URL);
  url.searchParams.set('callbackUrl', safeCallbackUrl(input.callbackUrl, limits.APP_URL));
  url.searchParams.set('token', token);
  url.searchParams.set('email', email);
  await queueMail(ctx, {
    to: email,
    locale: user.locale ?? ctx.locale,
    template: 'sign-in-link',
    params: { url: url.toString(), minutes: LINK_VALID_MINUTES },
  });
  // The event names the person the link is for, not the anonymous caller.
  await writeAuditEvent(
    tx as Tx,
    { userId: user.id, role: 'user', ip: request.ip, userAgent: request.userAgent },
    { action: 'auth.link_requested', targetType: 'user', targetId: user.id },
  );
}

/** Step 2 for a request being answered: runs in a transaction of its own once the response is sent. */
export function issueSignInLinkAfterResponse(ctx: SignInCtx, input: SignInInput): void {
  const base = createContext({ actor: ctx.actor, locale: ctx.locale, request: ctx.request });
  after(async () => {
    try {
      await inTransaction(base, (tx) => issueSignInLink(tx, input));
    } catch (error) {
      console.error('[sign-in] issuing a link failed', error);
    }
  });
}
