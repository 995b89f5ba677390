import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { invitations, organisations } from '@/db/schema';
import { isAppError } from '@/lib/errors';
import { actorFor, runAs } from '@/lib/testing/context';
import { latestMailTo } from '@/lib/testing/mails';
import { sql } from '@/lib/testing/db';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { acceptInvitation } from './accept-invitation';
import { inviteOrgPerson } from './invite-member';
import { inviteMemberSchema } from './schemas';

// Onboarding: an admin invites an organisation's first signatory, who accepts from the mail.

const none = seedId(`org:${demoOrgs.none}`);
const input = (orgId: string, email: string) => inviteMemberSchema.parse({ orgId, email, role: 'signatory', locale: 'en' });
const refusal = async (promise: Promise<unknown>) => promise.then(() => null, (error) => (isAppError(error) ? error.code : Promise.reject(error)));

describe('an admin invites into an organisation', () => {
  it('invites a signatory, audited; the accepted invitation makes them a signatory', async () => {
    const admin = await actorFor(demoAccounts.admin);
    const email = 'first.signatory@kanzlei-krause.example';
    await runAs(admin, (ctx) => inviteOrgPerson(ctx, input(none, ` ${email.toUpperCase()} `)));
    const mail = await latestMailTo(email);
    expect(mail.subject).toBe('Invitation to the DPA portal for Kanzlei Krause Rechtsanwälte PartG mbB');
    const token = new URL(mail.params.url as string).searchParams.get('token')!;
    await runAs(null, (ctx) => acceptInvitation(ctx, { token }));
    const signatory = await actorFor(email);
    expect(signatory.memberships).toEqual([expect.objectContaining({ orgId: none, role: 'signatory' })]);
    const events = await sql<{ action: string }>`select action from audit_events where action = 'people.member.invite' and org_id = ${none}`;
    expect(events).toHaveLength(1);
    // Already in the organisation: a field message, no second invitation.
    expect(await refusal(runAs(admin, (ctx) => inviteOrgPerson(ctx, input(none, email))))).toBe('CONFLICT');
  });

  it('is for admins only, and not into an archived organisation', async () => {
    for (const who of [demoAccounts.support, demoAccounts.privacy, demoAccounts.otherSignatory]) {
      const actor = await actorFor(who);
      expect(await refusal(runAs(actor, (ctx) => inviteOrgPerson(ctx, input(none, 'someone@kanzlei-krause.example'))))).toBe('FORBIDDEN');
    }
    const admin = await actorFor(demoAccounts.admin);
    await getDb().update(organisations).set({ archivedAt: new Date() }).where(eq(organisations.id, none));
    expect(await refusal(runAs(admin, (ctx) => inviteOrgPerson(ctx, input(none, 'late@kanzlei-krause.example'))))).toBe('NOT_FOUND');
    expect(await getDb().select().from(invitations).where(eq(invitations.email, 'late@kanzlei-krause.example'))).toEqual([]);
  });
});
