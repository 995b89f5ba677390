// Who may do what, as data. can() and authorize() are its only readers; the authorization matrix
// and the table-driven unit test read it too.
import type { MembershipRole, StaffRole } from '@/db/schema';
import type { Actor, ApiScope } from '@/lib/core/actor';

type Rule = {
  /** Roles inside the organisation named by the request (customers see only their own). */
  org?: readonly MembershipRole[];
  /** Staff roles, which reach every organisation. */
  staff?: readonly StaffRole[];
  /** API token scopes (machines: the ticket and phone systems, compliance tools). */
  token?: readonly ApiScope[];
  /** Any signed-in user (e.g. their own profile). */
  anyUser?: true;
};

export const permissions = {
  'org.view': { org: ['signatory', 'member'], staff: ['privacy', 'support', 'admin'] },
  'dpa.review': { org: ['signatory', 'member'], staff: ['privacy', 'support', 'admin'] },
  'dpa.sign': { org: ['signatory'] },
  'agreement.download': { org: ['signatory', 'member'], staff: ['privacy', 'support', 'admin'] },
  'versions.view': { staff: ['privacy', 'support', 'admin'] },
  'versions.manage': { staff: ['privacy'] },
  'register.view': { org: ['signatory', 'member'], staff: ['privacy', 'support', 'admin'] },
  'register.manage': { staff: ['privacy'] },
  'notices.view': { org: ['signatory', 'member'], staff: ['privacy', 'support', 'admin'] },
  'notices.view.staff': { staff: ['privacy', 'support', 'admin'] },
  'notices.manage': { staff: ['privacy'] },
  'objections.file': { org: ['signatory'] },
  'objections.decide': { staff: ['privacy'] },
  'subscriptions.view': { org: ['signatory', 'member'], staff: ['privacy', 'support', 'admin'] },
  'subscriptions.manage': { org: ['signatory'] },
  'staff.home': { staff: ['privacy', 'support', 'admin'] },
  'staff.orgs.list': { staff: ['privacy', 'support', 'admin'] },
  'account.view': { anyUser: true },
  // f11a (issue 11 items 1, 2, 4): the provider's administration, admins only
  'admin.orgs.manage': { staff: ['admin'] },
  'admin.import': { staff: ['admin'] },
  'admin.services.manage': { staff: ['admin'] },
  'admin.settings.manage': { staff: ['admin'] },
  // f11b: people and roles, the audit log
  'people.manage.staff': { staff: ['admin'] },
  'people.manage.org': { org: ['signatory'] },
  'audit.view': { staff: ['admin', 'privacy'] },
  // f11c: who was reminded to sign the DPA, when
  'reminders.view': { staff: ['privacy', 'support', 'admin'] },
  // f10 (issue 10, support desk)
  'support.search': { staff: ['privacy', 'support', 'admin'], token: ['support:read'] },
  'support.view': { staff: ['privacy', 'support', 'admin'], token: ['support:read'] },
  'support.sessions.manage': { staff: ['support', 'admin'], token: ['support:read'] },
  'support.invite': { staff: ['support', 'admin'] },
  'support.sessions.view': { org: ['signatory', 'member'], staff: ['privacy', 'support', 'admin'] },
  'calls.identify': { token: ['calls:identify'] },
  'calls.anonymise': { staff: ['support', 'admin'] },
  'register.api': { token: ['register:read'] },
  'api.tokens.manage': { staff: ['admin'] },
  // f12 (issue 12): the Art. 30(2) record for the authority; a user's own data and deletion
  'records.export': { staff: ['privacy'] },
  'account.manage': { anyUser: true },
  'account.deletions.view': { staff: ['privacy', 'admin'] },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof permissions;

export type Decision = 'allow' | 'forbidden' | 'not_found';

/**
 * Pure decision. A customer asking about an organisation they do not belong to gets 'not_found'
 * (we do not confirm that it exists); one who belongs but lacks the role gets 'forbidden'. A token
 * is allowed what its scopes grant; the portal's own jobs are allowed everything they are written to do.
 */
export function decide(actor: Actor, permission: Permission, orgId?: string | null): Decision {
  const rule: Rule = permissions[permission];
  if (actor.kind === 'system') return 'allow';
  if (actor.kind === 'token') return rule.token?.some((scope) => actor.scopes.includes(scope)) ? 'allow' : 'forbidden';
  if (rule.anyUser) return 'allow';
  if (rule.staff?.some((role) => actor.staffRoles.includes(role))) return 'allow';
  if (orgId) {
    const membership = actor.memberships.find((m) => m.orgId === orgId);
    if (!membership) return actor.staffRoles.length > 0 ? 'forbidden' : 'not_found';
    return rule.org?.includes(membership.role) ? 'allow' : 'forbidden';
  }
  return 'forbidden';
}

type Roles = { staffRoles: readonly StaffRole[]; memberships: readonly { orgId: string; role: MembershipRole }[] };

/** The role an audit event records for a person in this context. */
export function roleIn(actor: Roles, orgId?: string | null): string {
  if (orgId) {
    const membership = actor.memberships.find((m) => m.orgId === orgId);
    if (membership) return membership.role;
  }
  return actor.staffRoles[0] ? `staff:${[...actor.staffRoles].sort().join('+')}` : 'user';
}
