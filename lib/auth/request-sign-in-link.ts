import 'server-only';
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users, verificationTokens } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import type { UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { queueMail } from '@/lib/mail/queue-mail';
import { hashVerificationToken } from './hash-token';
import { hitRateLimit } from './rate-limit';
import { authSecret } from './secret';
import type { SignInInput } from './sign-in-schema';

export const LINK_VALID_MINUTES = 15;

/**
 * Issues a magic link to a known user. The caller sees the same outcome whether or not the address
 * is known: an unknown address gets no mail, no token and no user row. Only the token's hash is
 * stored (the form Auth.js checks in its callback); Auth.js deletes it on first use.
 */
export async function requestSignInLink(ctx: Ctx<UserActor | null>, input: SignInInput): Promise<void> {
  const { db: tx, request } = ctx;
  const email = input.email.trim().toLowerCase();
  const limits = env();
  const addressOk = await hitRateLimit(ctx, 'sign-in:address', email, limits.SIGNIN_LIMIT_PER_ADDRESS);
  const ipOk = await hitRateLimit(ctx, 'sign-in:ip', request.ip ?? 'unknown', limits.SIGNIN_LIMIT_PER_IP);
  if (!addressOk || !ipOk) throw new AppError('RATE_LIMITED');

  const [user] = await tx
    .select({ id: users.id, locale: users.locale })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  if (!user) return;

  const token = crypto.randomBytes(32).toString('base64url');
  const expires = new Date(ctx.now.getTime() + LINK_VALID_MINUTES * 60_000);
  // A new link replaces older unused ones: only the latest link in a mailbox works.
  await tx.delete(verificationTokens).where(sql`${verificationTokens.identifier} = ${email}`);
  await tx.insert(verificationTokens).values({
    identifier: email,
    token: hashVerificationToken(token, authSecret()),
    expires,
  });
  const url = new URL('/api/auth/callback/email', limits.APP_URL);
  url.searchParams.set('callbackUrl', safeCallbackUrl(input.callbackUrl));
  url.searchParams.set('token', token);
  url.searchParams.set('email', email);
  await queueMail(ctx, {
    to: email,
    locale: user.locale ?? ctx.locale,
    template: 'sign-in-link',
    params: { url: url.toString(), minutes: LINK_VALID_MINUTES },
  });
  // The event names the person the link is for, not the anonymous caller; requestSignInLink runs
  // in the action's transaction, which the event joins.
  await writeAuditEvent(
    tx as Tx,
    { userId: user.id, role: 'user', ip: request.ip, userAgent: request.userAgent },
    { action: 'auth.link_requested', targetType: 'user', targetId: user.id },
  );
}

/** Only a local path: never an open redirect to another site. */
export function safeCallbackUrl(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  return value;
}
