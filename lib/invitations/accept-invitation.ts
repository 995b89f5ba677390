import 'server-only';
import crypto from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { invitations, memberships, organisations, staffRoles, users, verificationTokens } from '@/db/schema';
import { hashVerificationToken } from '@/lib/auth/hash-token';
import { LINK_VALID_MINUTES } from '@/lib/auth/request-sign-in-link';
import { authSecret } from '@/lib/auth/secret';
import type { UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { sha256Hex } from '@/lib/subscriptions/secret-token';
import type { AcceptInvitationInput } from './schemas';

/**
 * The invited person follows the mail's link and presses the button (a POST: a mail scanner that
 * opens links accepts nothing). The token is the credential and works once, before it expires:
 * the invitation row is locked and marked accepted in this transaction, so two presses at once
 * accept once. Accepting creates the person if they are new, grants the membership or the staff
 * roles, and answers with a one-time sign-in link (the same kind the sign-in page mails), because
 * holding the invitation mail has just proven the address.
 */
export async function acceptInvitation(ctx: Ctx<UserActor | null>, input: AcceptInvitationInput) {
  const [invitation] = await ctx.db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.tokenHash, sha256Hex(input.token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, ctx.now),
      ),
    )
    .for('update')
    .limit(1);
  if (!invitation) throw new AppError('NOT_FOUND', 'people.invitation.invalid', { token: ['people.invitation.invalid'] });

  let [user] = await ctx.db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(sql`lower(${users.email}) = ${invitation.email}`)
    .limit(1);
  if (user?.disabledAt) throw new AppError('FORBIDDEN', 'people.invitation.disabled', { token: ['people.invitation.disabled'] });
  if (!user) {
    [user] = await ctx.db
      .insert(users)
      .values({ email: invitation.email, locale: invitation.locale, emailVerified: ctx.now })
      .returning({ id: users.id, disabledAt: users.disabledAt });
  }
  const userId = user!.id;

  let home = '/';
  let orgName: string | null = null;
  if (invitation.orgId) {
    // Already a member (invited twice, or added meanwhile): the role they hold stays.
    await ctx.db
      .insert(memberships)
      .values({ userId, orgId: invitation.orgId, role: invitation.membershipRole! })
      .onConflictDoNothing({ target: [memberships.userId, memberships.orgId] });
    const [org] = await ctx.db.select({ legalName: organisations.legalName }).from(organisations).where(eq(organisations.id, invitation.orgId));
    orgName = org?.legalName ?? null;
    home = `/orgs/${invitation.orgId}`;
  } else {
    await ctx.db
      .insert(staffRoles)
      .values(invitation.staffRoles.map((role) => ({ userId, role })))
      .onConflictDoNothing();
    home = '/staff';
  }

  await ctx.db.update(invitations).set({ acceptedAt: ctx.now, acceptedBy: userId }).where(eq(invitations.id, invitation.id));
  await ctx.audit({
    action: 'people.invitation.accept',
    orgId: invitation.orgId,
    targetType: 'user',
    targetId: userId,
    details: {
      invitationId: invitation.id,
      email: invitation.email,
      roles: invitation.orgId ? [invitation.membershipRole] : invitation.staffRoles,
    },
  });

  return { email: invitation.email, orgName, signInUrl: await issueLink(ctx, invitation.email, home) };
}

/** A one-time sign-in link for the address the invitation was sent to; only its hash is stored. */
async function issueLink(ctx: Ctx<UserActor | null>, email: string, callbackPath: string) {
  const token = crypto.randomBytes(32).toString('base64url');
  await ctx.db.insert(verificationTokens).values({
    identifier: email,
    token: hashVerificationToken(token, authSecret()),
    expires: new Date(ctx.now.getTime() + LINK_VALID_MINUTES * 60_000),
  });
  const url = new URL('/api/auth/callback/email', env().APP_URL);
  url.searchParams.set('callbackUrl', new URL(callbackPath, env().APP_URL).toString());
  url.searchParams.set('token', token);
  url.searchParams.set('email', email);
  return url.toString();
}
