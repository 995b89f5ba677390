import { describe, expect, it } from 'vitest';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { issueSignInLink } from '@/lib/auth/request-sign-in-link';
import { reloadEnvForTests } from '@/lib/env';
import { runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { admitOidcSignIn, type OidcIdentity } from './admit-oidc-sign-in';
import { parseRoleMap } from './claimed-roles';

// Who may come in through the identity provider, on the real database: staff only, linking by a
// verified address to staff accounts only, the claim deciding the roles when it is configured.

const fromClaim = { rolesClaim: 'groups', roleMap: parseRoleMap('DPA-Admins=admin; DPA-Privacy=privacy; DPA-Support=support') };
const fromPortal = { rolesClaim: null, roleMap: parseRoleMap(undefined) };

let subjects = 0;
function identity(email: string | null, groups: string[] = [], overrides: Partial<OidcIdentity> = {}): OidcIdentity {
  subjects += 1;
  return { subject: `sub-${subjects}-${Date.now()}`, email, emailVerified: true, name: 'Test Person', claims: { groups }, ...overrides };
}

const admit = (who: OidcIdentity, settings: typeof fromClaim | typeof fromPortal) => runAs(null, (ctx) => admitOidcSignIn(ctx, who, settings));

async function rolesOf(email: string) {
  const rows = await sql<{ role: string }>`select s.role from staff_roles s join users u on u.id = s.user_id where u.email = ${email} order by s.role`;
  return rows.map((r) => r.role);
}
async function linkOf(subject: string) {
  const [row] = await sql<{ email: string }>`select u.email from accounts a join users u on u.id = a.user_id where a.provider = 'oidc' and a.provider_account_id = ${subject}`;
  return row?.email ?? null;
}
async function lastAudit(action: string) {
  const [row] = await sql<{ target_id: string | null; details: Record<string, unknown> }>`
    select target_id, details from audit_events where action = ${action} order by seq desc limit 1`;
  return row;
}
const userCount = async (email: string) => (await sql<{ n: number }>`select count(*)::int as n from users where email = ${email}`)[0]!.n;

describe('admitOidcSignIn with roles from a claim', () => {
  it('links a staff account by its verified address, and the claim replaces its roles (audited)', async () => {
    const who = identity(demoAccounts.support, ['DPA-Privacy', 'DPA-Support', 'Everyone']);
    const verdict = await admit(who, fromClaim);
    expect(verdict.admitted).toBe(true);
    expect(await linkOf(who.subject)).toBe(demoAccounts.support);
    expect(await rolesOf(demoAccounts.support)).toEqual(['privacy', 'support']);
    expect((await lastAudit('auth.oidc_roles_synced'))?.details).toEqual({ from: ['support'], to: ['privacy', 'support'] });
    expect((await lastAudit('auth.oidc_admitted'))?.details).toEqual({ subject: who.subject, newlyLinked: true, roles: ['privacy', 'support'] });

    // Next time the subject decides, whatever address the IdP now sends.
    const again = await admit({ ...who, email: 'renamed@nordwind-it.example', emailVerified: false, claims: { groups: ['DPA-Support'] } }, fromClaim);
    expect(again).toEqual(verdict);
    expect(await rolesOf(demoAccounts.support)).toEqual(['support']);
    expect((await lastAudit('auth.oidc_admitted'))?.details).toEqual({ subject: who.subject, newlyLinked: false, roles: ['support'] });
  });

  it('creates a staff account, and only a staff account, for a new person with a staff role in the claim', async () => {
    const email = `neu.${Date.now()}@nordwind-it.example`;
    const verdict = await admit(identity(email, ['DPA-Admins']), fromClaim);
    expect(verdict.admitted).toBe(true);
    expect(await rolesOf(email)).toEqual(['admin']);
    const [memberships] = await sql<{ n: number }>`select count(*)::int as n from memberships m join users u on u.id = m.user_id where u.email = ${email}`;
    expect(memberships!.n).toBe(0);
    expect((await lastAudit('auth.oidc_user_created'))?.details).toEqual({ email, roles: ['admin'] });
  });

  it('refuses a claim without a staff role and creates nobody', async () => {
    const email = `kein.personal.${Date.now()}@nordwind-it.example`;
    expect(await admit(identity(email, ['Everyone', 'admin']), fromClaim)).toEqual({ admitted: false, reason: 'no_staff_role' });
    expect(await userCount(email)).toBe(0);
    expect((await lastAudit('auth.oidc_refused'))?.details).toMatchObject({ reason: 'no_staff_role', claimedRoles: [] });
  });

  it('never takes over a customer account, whatever roles the IdP claims for its address', async () => {
    const who = identity(demoAccounts.signatory, ['DPA-Admins']);
    expect(await admit(who, fromClaim)).toEqual({ admitted: false, reason: 'not_staff_account' });
    expect(await linkOf(who.subject)).toBeNull();
    expect(await rolesOf(demoAccounts.signatory)).toEqual([]);
  });

  it('finds nobody by an address the IdP has not verified', async () => {
    const who = identity(demoAccounts.admin, ['DPA-Admins'], { emailVerified: false });
    expect(await admit(who, fromClaim)).toEqual({ admitted: false, reason: 'email_unverified' });
    expect(await linkOf(who.subject)).toBeNull();
    expect(await admit(identity(null, ['DPA-Admins']), fromClaim)).toEqual({ admitted: false, reason: 'email_unverified' });
  });

  it('refuses a disabled person, linked or not', async () => {
    const who = identity(demoAccounts.privacy, ['DPA-Privacy']);
    expect((await admit(who, fromClaim)).admitted).toBe(true);
    await sql`update users set disabled_at = now() where email = ${demoAccounts.privacy}`;
    try {
      expect(await admit(who, fromClaim)).toEqual({ admitted: false, reason: 'disabled' });
      expect(await admit(identity(demoAccounts.privacy, ['DPA-Privacy']), fromClaim)).toEqual({ admitted: false, reason: 'disabled' });
      expect((await lastAudit('auth.oidc_refused'))?.target_id).toBeTruthy();
    } finally {
      await sql`update users set disabled_at = null where email = ${demoAccounts.privacy}`;
    }
  });

  it('refuses a linked person whose claim no longer grants a staff role, and their roles follow the claim', async () => {
    const email = `geht.${Date.now()}@nordwind-it.example`;
    const who = identity(email, ['DPA-Support']);
    expect((await admit(who, fromClaim)).admitted).toBe(true);
    expect(await admit({ ...who, claims: { groups: ['Alumni'] } }, fromClaim)).toEqual({ admitted: false, reason: 'no_staff_role' });
    expect(await rolesOf(email)).toEqual([]);
  });
});

describe('admitOidcSignIn with roles assigned in the portal', () => {
  it('links a staff account and keeps its portal roles, whatever the token claims', async () => {
    const who = identity(demoAccounts.admin, ['DPA-Support']);
    expect((await admit(who, fromPortal)).admitted).toBe(true);
    expect(await rolesOf(demoAccounts.admin)).toEqual(['admin']);
    expect(await linkOf(who.subject)).toBe(demoAccounts.admin);
  });

  it('refuses a person the portal does not know: an admin invites staff first', async () => {
    const email = `unbekannt.${Date.now()}@nordwind-it.example`;
    expect(await admit(identity(email, ['DPA-Admins']), fromPortal)).toEqual({ admitted: false, reason: 'not_staff_account' });
    expect(await userCount(email)).toBe(0);
  });

  it('refuses a customer account', async () => {
    expect(await admit(identity(demoAccounts.member), fromPortal)).toEqual({ admitted: false, reason: 'not_staff_account' });
  });
});

describe('the magic link with an identity provider configured', () => {
  it('is still mailed to customers, but no longer to staff, who sign in at the IdP', async () => {
    const oidcEnv = { OIDC_ISSUER: 'https://login.nordwind-it.example', OIDC_CLIENT_ID: 'dpa', OIDC_CLIENT_SECRET: 'secret' };
    const mailsTo = async (email: string) => (await sql<{ n: number }>`select count(*)::int as n from mails where "to" = ${email}`)[0]!.n;
    const ask = (email: string) => runAs(null, (ctx) => issueSignInLink(ctx, { email }));
    const before = { staff: await mailsTo(demoAccounts.support), customer: await mailsTo(demoAccounts.member) };
    Object.assign(process.env, oidcEnv);
    reloadEnvForTests();
    try {
      await ask(demoAccounts.support);
      await ask(demoAccounts.member);
    } finally {
      for (const key of Object.keys(oidcEnv)) delete process.env[key];
      reloadEnvForTests();
    }
    expect(await mailsTo(demoAccounts.support)).toBe(before.staff);
    expect(await mailsTo(demoAccounts.member)).toBe(before.customer + 1);
    // Without the IdP, staff get their link again.
    await ask(demoAccounts.support);
    expect(await mailsTo(demoAccounts.support)).toBe(before.staff + 1);
  });
});
