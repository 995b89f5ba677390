import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  accounts,
  agreements,
  contacts,
  deliveries,
  mails,
  memberships,
  noticeReads,
  sessions,
  staffRoles,
  users,
  verificationTokens,
} from '@/db/schema';
import { assertCan } from '@/lib/auth/can';
import type { Ctx } from '@/lib/core/context';

// A person's deletion request (Art. 17 GDPR), carried out at once in one transaction:
// - the user row stays (signed agreements, objections and audit events point at it) but its personal
//   fields are pseudonymised: the e-mail becomes deleted-<id>@deleted.invalid, the name goes; with
//   the address gone no sign-in link can be issued for it again (links go to known addresses only);
// - sessions, linked sign-in accounts, pending links, memberships, staff roles and read markers are deleted;
// - the person's address is removed from the organisations' contacts, from queued mail (deleted) and
//   from the records of sent mail and notice deliveries (replaced by the pseudonym);
// - KEPT as evidence, and the account page says so: the signer's name, position, time, address and
//   browser on signed agreements (proof of the contract, Art. 28(9) GDPR, § 257 HGB), and the
//   audit log (append-only by design: proof of who did what, Art. 5(2), Art. 32 GDPR).

export const pseudonymEmail = (userId: string) => `deleted-${userId.toLowerCase().replace(/[^a-z0-9-]/g, '')}@deleted.invalid`;

export async function deleteAccount(ctx: Ctx) {
  assertCan(ctx, 'account.manage');
  const userId = ctx.actor.userId;
  const [user] = await ctx.db.select({ email: users.email, deletedAt: users.deletedAt }).from(users).where(eq(users.id, userId)).for('update');
  if (!user || user.deletedAt) return { deleted: false };
  const email = user.email.toLowerCase();
  const pseudonym = pseudonymEmail(userId);
  const byAddress = (column: typeof contacts.email | typeof mails.to | typeof deliveries.recipient) => sql`lower(${column}) = ${email}`;

  const ended = await ctx.db.delete(sessions).where(eq(sessions.userId, userId)).returning({ userId: sessions.userId });
  await ctx.db.delete(accounts).where(eq(accounts.userId, userId));
  await ctx.db.delete(verificationTokens).where(eq(verificationTokens.identifier, email));
  const left = await ctx.db.delete(memberships).where(eq(memberships.userId, userId)).returning({ orgId: memberships.orgId });
  await ctx.db.delete(staffRoles).where(eq(staffRoles.userId, userId));
  await ctx.db.delete(noticeReads).where(eq(noticeReads.userId, userId));
  const removedContacts = await ctx.db.delete(contacts).where(byAddress(contacts.email)).returning({ orgId: contacts.orgId });
  await ctx.db.delete(mails).where(and(byAddress(mails.to), inArray(mails.state, ['queued', 'sending'])));
  await ctx.db.update(mails).set({ to: pseudonym }).where(byAddress(mails.to));
  await ctx.db.update(deliveries).set({ recipient: pseudonym }).where(byAddress(deliveries.recipient));
  await ctx.db
    .update(users)
    .set({ email: pseudonym, name: null, image: null, emailVerified: null, deletedAt: ctx.now })
    .where(eq(users.id, userId));
  const kept = await ctx.db.select({ id: agreements.id }).from(agreements).where(eq(agreements.signerUserId, userId));

  // The event names the pseudonymous user id only; it is kept like every audit event.
  await ctx.audit({
    action: 'account.deleted',
    targetType: 'user',
    targetId: userId,
    details: {
      sessionsEnded: ended.length,
      membershipsRemoved: left.length,
      contactsRemoved: removedContacts.length,
      agreementsKept: kept.length,
    },
  });
  return { deleted: true, agreementsKept: kept.length };
}
