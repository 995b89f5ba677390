import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { invitations, memberships, sessions, users } from '@/db/schema';
import { loadActor } from '@/lib/auth/load-actor';
import type { UserActor } from '@/lib/core/actor';
import { isAppError } from '@/lib/errors';
import { acceptInvitation } from '@/lib/invitations/accept-invitation';
import { inviteMember } from '@/lib/invitations/invite-member';
import { inviteStaff } from '@/lib/invitations/invite-staff';
import { acceptInvitationSchema, inviteMemberSchema, inviteStaffSchema } from '@/lib/invitations/schemas';
import { actorFor, runAs } from '@/lib/testing/context';
import { latestMailTo } from '@/lib/testing/mails';
import { demoAccounts, demoOrgs } from '@/scripts/demo-seed/demo-accounts';
import { seedId } from '@/scripts/demo-seed/seed-helpers';
import { changeMemberRole } from './change-member-role';
import { listOrgPeople } from './list-org-people';
import { listUsers } from './list-users';
import { removeMember } from './remove-member';
import { setStaffRoles } from './set-staff-roles';
import { setUserDisabled } from './set-user-disabled';

// People and roles on a real database: invitations by mail with a single-use, expiring, hashed
// token; the last signatory; disabling and removing end sessions at once.

const orgId = seedId(`org:${demoOrgs.current}`);
const otherOrg = seedId(`org:${demoOrgs.none}`);
let signatory: UserActor;
let member: UserActor;
let otherSignatory: UserActor;
let admin: UserActor;
let privacy: UserActor;

beforeAll(async () => {
  signatory = await actorFor(demoAccounts.signatory);
  member = await actorFor(demoAccounts.member);
  otherSignatory = await actorFor(demoAccounts.otherSignatory);
  admin = await actorFor(demoAccounts.admin);
  privacy = await actorFor(demoAccounts.privacy);
});

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const tokenFrom = (url: string) => new URL(url).searchParams.get('token')!;

async function invite(email: string, role: 'member' | 'signatory' = 'member') {
  await runAs(signatory, (ctx) => inviteMember(ctx, inviteMemberSchema.parse({ orgId, email, role, locale: 'de' })));
  const mail = await latestMailTo(email);
  return tokenFrom(mail.params.url as string);
}

const accept = (token: string, now?: Date) => runAs(null, (ctx) => acceptInvitation(ctx, { token }), { now });

async function startSession(userId: string) {
  const token = crypto.randomUUID();
  await getDb().insert(sessions).values({ sessionToken: token, userId, expires: new Date(Date.now() + 3_600_000) });
  return token;
}
const sessionCount = async (userId: string) => (await getDb().select().from(sessions).where(eq(sessions.userId, userId))).length;
const userId = async (email: string) => (await getDb().select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id;

describe('invitations into an organisation', () => {
  it('bad input gets field messages and writes nothing', () => {
    const bad = inviteMemberSchema.safeParse({ orgId: 'x', email: 'a@', role: 'owner', locale: 'fr' });
    expect(bad.success).toBe(false);
    expect(Object.fromEntries(bad.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      orgId: 'validation.invalid',
      email: 'validation.email',
      role: 'validation.invalid',
      locale: 'validation.invalid',
    });
    expect(acceptInvitationSchema.safeParse({ token: 'short' }).success).toBe(false);
    expect(inviteStaffSchema.safeParse({ email: 'x@y.example', locale: 'de' }).error?.issues[0]?.message).toBe('people.staff.rolesRequired');
  });

  it('a signatory invites a colleague: a mail with a link, only the hash stored; the link works once', async () => {
    const email = 'new.colleague@baeckerei-hofmann.example';
    const token = await invite(email);
    const mail = await latestMailTo(email);
    expect(mail.template).toBe('invitation');
    expect(mail.subject).toContain('Bäckerei Hofmann');
    const [row] = await getDb().select().from(invitations).where(eq(invitations.email, email));
    expect(row!.tokenHash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);

    const accepted = await accept(token);
    expect(accepted.signInUrl).toContain('/api/auth/callback/email');
    expect(accepted.signInUrl).toContain(encodeURIComponent(`/orgs/${orgId}`));
    const actor = await loadActor((await userId(email))!);
    expect(actor!.memberships).toEqual([expect.objectContaining({ orgId, role: 'member' })]);

    const again = await refusal(accept(token));
    expect(again.code).toBe('NOT_FOUND');
    expect(again.message).toBe('people.invitation.invalid');
  });

  it('an invitation expires after seven days', async () => {
    const token = await invite('late.colleague@baeckerei-hofmann.example');
    const late = await refusal(accept(token, new Date(Date.now() + 8 * 86_400_000)));
    expect(late.code).toBe('NOT_FOUND');
    expect(await userId('late.colleague@baeckerei-hofmann.example')).toBeUndefined();
  });

  it('a member cannot invite, and a signatory of one organisation cannot invite into another', async () => {
    const input = inviteMemberSchema.parse({ orgId, email: 'x@example.com', role: 'member', locale: 'de' });
    expect((await refusal(runAs(member, (ctx) => inviteMember(ctx, input)))).code).toBe('FORBIDDEN');
    expect((await refusal(runAs(otherSignatory, (ctx) => inviteMember(ctx, input)))).code).toBe('FORBIDDEN');
    expect(await getDb().select().from(invitations).where(eq(invitations.email, 'x@example.com'))).toEqual([]);
    // Their own organisation works.
    await runAs(otherSignatory, (ctx) => inviteMember(ctx, { ...input, orgId: otherOrg }));
  });

  it('an existing member or an open invitation is refused with a field message', async () => {
    const existing = await refusal(
      runAs(signatory, (ctx) => inviteMember(ctx, inviteMemberSchema.parse({ orgId, email: demoAccounts.member, role: 'member', locale: 'de' }))),
    );
    expect(existing.fieldErrors).toEqual({ email: ['people.invite.alreadyMember'] });
    await invite('twice@baeckerei-hofmann.example');
    const twice = await refusal(invite('twice@baeckerei-hofmann.example'));
    expect(twice.fieldErrors).toEqual({ email: ['people.invite.pending'] });
  });
});

describe('roles and removal inside an organisation', () => {
  it('the last signatory can neither be removed nor demoted; with a second one, both work', async () => {
    const people = await runAs(signatory, (ctx) => listOrgPeople(ctx, { orgId }));
    expect(people!.signatories).toBe(1);
    const demote = await refusal(runAs(signatory, (ctx) => changeMemberRole(ctx, { orgId, userId: signatory.userId, role: 'member' })));
    expect(demote.message).toBe('people.members.lastSignatory');
    const remove = await refusal(runAs(signatory, (ctx) => removeMember(ctx, { orgId, userId: signatory.userId })));
    expect(remove.message).toBe('people.members.lastSignatory');

    await runAs(signatory, (ctx) => changeMemberRole(ctx, { orgId, userId: member.userId, role: 'signatory' }));
    await runAs(signatory, (ctx) => changeMemberRole(ctx, { orgId, userId: member.userId, role: 'member' }));
    const roles = await getDb().select({ role: memberships.role }).from(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, member.userId)));
    expect(roles).toEqual([{ role: 'member' }]);
  });

  it('a member cannot change roles; another organisation’s signatory cannot reach this one', async () => {
    expect((await refusal(runAs(member, (ctx) => removeMember(ctx, { orgId, userId: signatory.userId })))).code).toBe('FORBIDDEN');
    expect((await refusal(runAs(otherSignatory, (ctx) => removeMember(ctx, { orgId, userId: member.userId })))).code).toBe('FORBIDDEN');
    expect((await refusal(runAs(otherSignatory, (ctx) => listOrgPeople(ctx, { orgId })))).code).toBe('NOT_FOUND');
  });

  it('removing a membership ends the person’s sessions at once', async () => {
    const token = await invite('leaving@baeckerei-hofmann.example');
    await accept(token);
    const leaving = (await userId('leaving@baeckerei-hofmann.example'))!;
    await startSession(leaving);
    expect(await sessionCount(leaving)).toBe(1);
    await runAs(signatory, (ctx) => removeMember(ctx, { orgId, userId: leaving }));
    expect(await sessionCount(leaving)).toBe(0);
    expect((await loadActor(leaving))!.memberships).toEqual([]);
  });
});

describe('staff: invitations, roles, disabling', () => {
  it('an admin invites staff with roles; accepting grants them; only admins may', async () => {
    const input = inviteStaffSchema.parse({ email: 'Neu.Support@nordwind-it.example', roles: ['support', 'privacy'], locale: 'en' });
    expect((await refusal(runAs(privacy, (ctx) => inviteStaff(ctx, input)))).code).toBe('FORBIDDEN');
    await runAs(admin, (ctx) => inviteStaff(ctx, input));
    const mail = await latestMailTo('neu.support@nordwind-it.example');
    expect(mail.subject).toBe('Invitation to the DPA portal (staff)');
    const accepted = await accept(tokenFrom(mail.params.url as string));
    expect(accepted.signInUrl).toContain(encodeURIComponent('/staff'));
    const actor = await loadActor((await userId('neu.support@nordwind-it.example'))!);
    expect([...actor!.staffRoles].sort()).toEqual(['privacy', 'support']);

    await runAs(admin, (ctx) => setStaffRoles(ctx, { userId: actor!.userId, roles: ['support'] }));
    expect((await loadActor(actor!.userId))!.staffRoles).toEqual(['support']);
    const own = await refusal(runAs(admin, (ctx) => setStaffRoles(ctx, { userId: admin.userId, roles: ['privacy'] })));
    expect(own.message).toBe('people.staff.keepOwnAdmin');
  });

  it('disabling ends every session and the person is no actor any more; enabling restores them', async () => {
    const token = await invite('disabled.colleague@baeckerei-hofmann.example');
    await accept(token);
    const id = (await userId('disabled.colleague@baeckerei-hofmann.example'))!;
    await startSession(id);
    await startSession(id);
    const result = await runAs(admin, (ctx) => setUserDisabled(ctx, { userId: id, disabled: true }));
    expect(result).toEqual({ changed: true, sessionsEnded: 2 });
    expect(await sessionCount(id)).toBe(0);
    expect(await loadActor(id)).toBeNull();
    // A disabled person is not invited again, and cannot accept an older invitation.
    const again = await refusal(
      runAs(admin, (ctx) => inviteStaff(ctx, inviteStaffSchema.parse({ email: 'disabled.colleague@baeckerei-hofmann.example', roles: 'support', locale: 'de' }))),
    );
    expect(again.fieldErrors).toEqual({ email: ['people.invite.disabled'] });

    await runAs(admin, (ctx) => setUserDisabled(ctx, { userId: id, disabled: false }));
    expect((await loadActor(id))!.memberships).toEqual([expect.objectContaining({ orgId, role: 'member' })]);

    expect((await refusal(runAs(admin, (ctx) => setUserDisabled(ctx, { userId: admin.userId, disabled: true })))).message).toBe('people.users.notYourself');
    expect((await refusal(runAs(signatory, (ctx) => setUserDisabled(ctx, { userId: id, disabled: true })))).code).toBe('FORBIDDEN');
  });

  it('lists accounts keyset-paged by address, with a search', async () => {
    const found = await runAs(admin, (ctx) => listUsers(ctx, { q: 'hofmann' }));
    expect(found.users.map((u) => u.email)).toContain(demoAccounts.signatory);
    expect(found.users.every((u) => u.email.includes('hofmann'))).toBe(true);
    const after = await runAs(admin, (ctx) => listUsers(ctx, { q: 'hofmann', after: found.users[0]!.email }));
    expect(after.users.map((u) => u.email)).toEqual(found.users.slice(1).map((u) => u.email));
  });
});
