import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { accounts, staffRoles, users, type StaffRole } from '@/db/schema';
import type { Ctx } from '@/lib/core/context';
import type { OidcSettings } from '@/lib/env';
import { claimedStaffRoles } from './claimed-roles';

/** The Auth.js provider id; also the `accounts.provider` of every linked identity. */
export const OIDC_PROVIDER_ID = 'oidc';

/** What the identity provider said about the person, from the validated ID token. */
export type OidcIdentity = {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  claims: Record<string, unknown>;
};

export type OidcRefusal =
  /** Neither a linked identity nor a verified e-mail address to find the person by. */
  | 'email_unverified'
  /** The address belongs to an account without staff roles (a customer's): never taken over. */
  | 'not_staff_account'
  /** The claim grants no staff role, or (roles from the portal) the person holds none. */
  | 'no_staff_role'
  | 'disabled';

export type OidcVerdict = { admitted: true; userId: string } | { admitted: false; reason: OidcRefusal };

type Person = { id: string; disabledAt: Date | null; deletedAt: Date | null; roles: StaffRole[] };

/**
 * Decides whether a person who has just authenticated at the provider's identity provider may
 * sign in to the staff area (decisions 0068, 0069). Runs in one transaction with its audit events;
 * a refusal is recorded too. Only staff come in this way:
 * - an identity already linked (accounts: provider 'oidc' + the IdP's `sub`) is that person;
 * - else a *verified* e-mail address finds an account that already holds staff roles, and the
 *   identity is linked to it; an account without staff roles (a customer's) is never taken over;
 * - else, with roles from a claim, a new staff account is created with the claimed roles; with
 *   roles from the portal there is nobody to sign in (an admin invites staff first).
 * With a roles claim, the claim is the truth at every sign-in: the portal's roles follow it.
 */
export async function admitOidcSignIn(ctx: Ctx<null>, identity: OidcIdentity, settings: Pick<OidcSettings, 'rolesClaim' | 'roleMap'>): Promise<OidcVerdict> {
  const claimed = settings.rolesClaim ? claimedStaffRoles(identity.claims, settings.rolesClaim, settings.roleMap) : null;
  const refuse = async (reason: OidcRefusal, userId?: string): Promise<OidcVerdict> => {
    await ctx.audit({
      action: 'auth.oidc_refused',
      targetType: userId ? 'user' : null,
      targetId: userId ?? null,
      details: { reason, subject: identity.subject, claimedRoles: claimed },
    });
    return { admitted: false, reason };
  };

  let person = await linkedPerson(ctx, identity.subject);
  const linked = Boolean(person);
  if (!person) {
    const email = identity.email?.trim().toLowerCase();
    // An address the IdP has not verified finds nobody and creates nobody (decision 0068).
    if (!email || !identity.emailVerified) return refuse('email_unverified');
    person = await personByEmail(ctx, email);
    if (person && person.roles.length === 0) return refuse('not_staff_account', person.id);
    if (!person) {
      if (!claimed?.length) return refuse(claimed ? 'no_staff_role' : 'not_staff_account');
      person = await createStaffPerson(ctx, email, identity.name, claimed);
    }
  }
  if (person.disabledAt || person.deletedAt) return refuse('disabled', person.id);

  const roles = claimed ? await followClaim(ctx, person, claimed) : person.roles;
  if (roles.length === 0) return refuse('no_staff_role', person.id);

  if (!linked) {
    await ctx.db
      .insert(accounts)
      .values({ userId: person.id, type: 'oidc', provider: OIDC_PROVIDER_ID, providerAccountId: identity.subject })
      .onConflictDoNothing();
  }
  // Every admitted sign-in names the identity and the roles it came in with; Auth.js's session
  // follows as `auth.sign_in` (lib/auth/adapter.ts).
  await ctx.audit({ action: 'auth.oidc_admitted', targetType: 'user', targetId: person.id, details: { subject: identity.subject, newlyLinked: !linked, roles } });
  return { admitted: true, userId: person.id };
}

const personColumns = { id: users.id, disabledAt: users.disabledAt, deletedAt: users.deletedAt };

async function withRoles(ctx: Ctx<null>, row: Omit<Person, 'roles'> | undefined): Promise<Person | null> {
  if (!row) return null;
  const roles = await ctx.db.select({ role: staffRoles.role }).from(staffRoles).where(eq(staffRoles.userId, row.id));
  return { ...row, roles: roles.map((r) => r.role).sort() };
}

async function linkedPerson(ctx: Ctx<null>, subject: string) {
  const [row] = await ctx.db
    .select(personColumns)
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(and(eq(accounts.provider, OIDC_PROVIDER_ID), eq(accounts.providerAccountId, subject)))
    .for('update', { of: users });
  return withRoles(ctx, row);
}

async function personByEmail(ctx: Ctx<null>, email: string) {
  const [row] = await ctx.db.select(personColumns).from(users).where(sql`lower(${users.email}) = ${email}`).for('update');
  return withRoles(ctx, row);
}

async function createStaffPerson(ctx: Ctx<null>, email: string, name: string | null, roles: StaffRole[]): Promise<Person> {
  const [row] = await ctx.db
    .insert(users)
    .values({ email, name: name?.trim().slice(0, 200) || null, emailVerified: ctx.now })
    .returning(personColumns);
  await ctx.db.insert(staffRoles).values(roles.map((role) => ({ userId: row!.id, role })));
  await ctx.audit({ action: 'auth.oidc_user_created', targetType: 'user', targetId: row!.id, details: { email, roles } });
  return { ...row!, roles };
}

/** With a roles claim the IdP decides: the portal's staff roles become the claimed ones (audited when they change). */
async function followClaim(ctx: Ctx<null>, person: Person, claimed: StaffRole[]): Promise<StaffRole[]> {
  if (person.roles.join() === claimed.join()) return claimed;
  const dropped = person.roles.filter((role) => !claimed.includes(role));
  if (dropped.length) await ctx.db.delete(staffRoles).where(and(eq(staffRoles.userId, person.id), inArray(staffRoles.role, dropped)));
  if (claimed.length) await ctx.db.insert(staffRoles).values(claimed.map((role) => ({ userId: person.id, role }))).onConflictDoNothing();
  await ctx.audit({ action: 'auth.oidc_roles_synced', targetType: 'user', targetId: person.id, details: { from: person.roles, to: claimed } });
  return claimed;
}
