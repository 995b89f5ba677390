import type { Locale, MembershipRole, StaffRole } from '@/db/schema';

// Who a use case acts for. One type, three kinds: a signed-in person, a machine calling the API with
// a scoped token, and the portal itself (the worker). Each use case names the kinds it accepts in its
// context type, e.g. `Ctx<UserActor>` for signing, `Ctx<UserActor | TokenActor>` for a support lookup.

/** A membership with the organisation's name and number, as loaded with the actor (a page heading needs no query of its own). */
export type MembershipOf = {
  orgId: string;
  role: MembershipRole;
  orgName: string;
  customerNumber?: string;
  /** The organisation's notices this person has not opened, as of loading the actor (the header's badge). */
  unreadNotices?: number;
};

export type UserActor = {
  kind: 'user';
  userId: string;
  email: string;
  name: string | null;
  locale: Locale;
  staffRoles: readonly StaffRole[];
  memberships: readonly MembershipOf[];
  /** When this person's session began (the sign-in), where the request has a session. */
  signedInAt?: Date | null;
};

/** The scopes an API token can carry; each grants the permissions listed for it in permissions.ts. */
export const apiScopes = ['support:read', 'calls:identify', 'register:read'] as const;
export type ApiScope = (typeof apiScopes)[number];

export type TokenActor = { kind: 'token'; tokenId: string; name: string; scopes: readonly ApiScope[] };

/** The portal's own background work (worker jobs); `job` names what runs, for the audit log. */
export type SystemActor = { kind: 'system'; job: string };

export type Actor = UserActor | TokenActor | SystemActor;

export const systemActor = (job: string): SystemActor => ({ kind: 'system', job });
