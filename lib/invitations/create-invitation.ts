import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { invitations, organisations, users, type MembershipRole, type StaffRole } from '@/db/schema';
import type { UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { queueMail } from '@/lib/mail/queue-mail';
import { newSecretToken, sha256Hex } from '@/lib/subscriptions/secret-token';

/** An invitation link is good for seven days, and once. */
export const INVITATION_VALID_DAYS = 7;

type Target = { orgId: string; membershipRole: MembershipRole } | { staffRoles: readonly StaffRole[] };

/**
 * Writes an invitation and queues its mail in the caller's transaction. Only the token's hash is
 * stored; the link is in the mail alone. A disabled person is not invited again (an admin enables
 * them first), and a second open invitation for the same address and place is refused.
 */
export async function createInvitation(ctx: Ctx<UserActor>, input: { email: string; locale: Locale; target: Target }) {
  const { email, locale, target } = input;
  const orgId = 'orgId' in target ? target.orgId : null;

  const [existing] = await ctx.db
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  if (existing?.disabledAt) throw new AppError('CONFLICT', 'people.invite.disabled', { email: ['people.invite.disabled'] });

  const [open] = await ctx.db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.email, email),
        orgId ? eq(invitations.orgId, orgId) : isNull(invitations.orgId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, ctx.now),
      ),
    )
    .limit(1);
  if (open) throw new AppError('CONFLICT', 'people.invite.pending', { email: ['people.invite.pending'] });

  let orgName: string | null = null;
  if (orgId) {
    const [org] = await ctx.db.select({ legalName: organisations.legalName }).from(organisations).where(eq(organisations.id, orgId));
    if (!org) throw new AppError('NOT_FOUND');
    orgName = org.legalName;
  }

  const token = newSecretToken();
  const [row] = await ctx.db
    .insert(invitations)
    .values({
      email,
      locale,
      orgId,
      membershipRole: 'orgId' in target ? target.membershipRole : null,
      staffRoles: 'staffRoles' in target ? [...target.staffRoles] : [],
      tokenHash: sha256Hex(token),
      invitedBy: ctx.actor.userId,
      expiresAt: new Date(ctx.now.getTime() + INVITATION_VALID_DAYS * 86_400_000),
    })
    .returning({ id: invitations.id });

  const url = new URL('/invitations/accept', env().APP_URL);
  url.searchParams.set('token', token);
  await queueMail(ctx, {
    to: email,
    locale,
    template: 'invitation',
    params: {
      inviter: ctx.actor.name ?? ctx.actor.email,
      orgName,
      roles: 'orgId' in target ? [target.membershipRole] : [...target.staffRoles],
      url: url.toString(),
      days: INVITATION_VALID_DAYS,
    },
  });
  await ctx.audit({
    action: orgId ? 'people.member.invite' : 'people.staff.invite',
    orgId,
    targetType: 'invitation',
    targetId: row!.id,
    details: { email, roles: 'orgId' in target ? [target.membershipRole] : [...target.staffRoles] },
  });
  return { id: row!.id, email };
}
