import 'server-only';
import { and, eq } from 'drizzle-orm';
import { dpaInvitations, memberships, organisations, users } from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { UserActor } from '@/lib/core/actor';
import type { Ctx } from '@/lib/core/context';
import { getCalendarSettings } from '@/lib/core/settings';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { queueMail } from '@/lib/mail/queue-mail';

/** The calendar day of `now` in the provider's time zone, as YYYY-MM-DD. */
function dayIn(now: Date, timeZone: string) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Mails the organisation's signatories an invitation to conclude the DPA, from the support desk
 * (typically right after a refused remote session). At most one per organisation and day: the
 * unique (org, day) row decides, so two agents clicking at once still send one. Audited.
 */
export async function sendDpaInvitation(ctx: Ctx<UserActor>, { orgId }: { orgId: string }) {
  assertCan(ctx, 'support.invite', orgId);
  const [org] = await ctx.db
    .select({ id: organisations.id, legalName: organisations.legalName })
    .from(organisations)
    .where(eq(organisations.id, orgId))
    .limit(1);
  if (!org) throw new AppError('NOT_FOUND');

  const signatories = await ctx.db
    .select({ email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'signatory')));
  if (signatories.length === 0) throw new AppError('CONFLICT', 'supportDesk.invite.noSignatory');

  const { timeZone } = await getCalendarSettings(ctx);
  const sentOn = dayIn(ctx.now, timeZone);
  const [row] = await ctx.db
    .insert(dpaInvitations)
    .values({ orgId, sentBy: ctx.actor.userId, sentOn, recipients: signatories.length, createdAt: ctx.now })
    .onConflictDoNothing()
    .returning({ id: dpaInvitations.id });
  if (!row) throw new AppError('RATE_LIMITED', 'supportDesk.invite.alreadySent');

  const url = new URL(`/orgs/${orgId}/dpa`, env().APP_URL).toString();
  for (const signatory of signatories) {
    await queueMail(ctx, { to: signatory.email, locale: signatory.locale, template: 'dpa-invitation', params: { orgName: org.legalName, url } });
  }
  await ctx.audit({
    action: 'support.dpa_invitation.sent',
    orgId,
    targetType: 'dpa_invitation',
    targetId: row.id,
    details: { recipients: signatories.length, sentOn },
  });
  return { invitationId: row.id, recipients: signatories.length };
}
