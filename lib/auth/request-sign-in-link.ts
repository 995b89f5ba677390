import 'server-only';
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users, verificationTokens } from '@/db/schema';
import { writeAuditEvent } from '@/lib/audit/write-audit-event';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { queueMail } from '@/lib/mail/queue-mail';
import { signInLinkMail } from '@/lib/mail/templates/sign-in-link';
import { hashVerificationToken } from './hash-token';
import { hitRateLimit } from './rate-limit';
import { safeCallbackUrl } from './safe-callback-url';
import { authSecret } from './secret';

export const LINK_VALID_MINUTES = 15;

type Request = { email: string; callbackUrl?: string; locale: Locale; ip: string | null; userAgent: string | null };

/**
 * Issues a magic link to a known user. The caller sees the same outcome whether or not the address
 * is known: an unknown address gets no mail, no token and no user row. Only the token's hash is
 * stored (the form Auth.js checks in its callback); Auth.js deletes it on first use.
 */
export async function requestSignInLink(tx: Tx, request: Request): Promise<void> {
  const email = request.email.trim().toLowerCase();
  const limits = env();
  const addressOk = await hitRateLimit(tx, 'sign-in:address', email, limits.SIGNIN_LIMIT_PER_ADDRESS);
  const ipOk = await hitRateLimit(tx, 'sign-in:ip', request.ip ?? 'unknown', limits.SIGNIN_LIMIT_PER_IP);
  if (!addressOk || !ipOk) throw new AppError('RATE_LIMITED');

  const [user] = await tx
    .select({ id: users.id, locale: users.locale })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  if (!user) return;

  const token = crypto.randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + LINK_VALID_MINUTES * 60_000);
  // A new link replaces older unused ones: only the latest link in a mailbox works.
  await tx.delete(verificationTokens).where(sql`${verificationTokens.identifier} = ${email}`);
  await tx.insert(verificationTokens).values({
    identifier: email,
    token: hashVerificationToken(token, authSecret()),
    expires,
  });
  const url = new URL('/api/auth/callback/email', limits.APP_URL);
  url.searchParams.set('callbackUrl', safeCallbackUrl(request.callbackUrl, limits.APP_URL));
  url.searchParams.set('token', token);
  url.searchParams.set('email', email);
  await queueMail(tx, { to: email, ...signInLinkMail(user.locale ?? request.locale, url.toString(), LINK_VALID_MINUTES) });
  await writeAuditEvent(
    tx,
    { userId: user.id, role: 'user', ip: request.ip, userAgent: request.userAgent },
    { action: 'auth.link_requested', targetType: 'user', targetId: user.id },
  );
}
