import { seeded } from '../support/demo-ids';
import { all, staff, type ActionOutcome, type PageOutcome, type RouteOutcome, type Row } from './types';

// Rows for people and roles (issue 11, f11b): a signatory manages the people of their own
// organisation only; admins manage accounts and staff roles; anyone may post an invitation token.
// Mutating actions are called with invalid arguments: whoever passes authorization meets VALIDATION.

/** people.manage.org: the own organisation's signatory only; another organisation is not found. */
const signatoryOnly = (passed: ActionOutcome) => ({
  ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN'),
  signatory: { own: passed, other: 'NOT_FOUND' as const },
  member: { own: 'FORBIDDEN' as const, other: 'NOT_FOUND' as const },
});

/** people.manage.staff: admins only. */
const adminOnly = (passed: ActionOutcome) => ({ ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN'), admin: passed });

export const peopleRows: Row[] = [
  // ---------------------------------------------------------------- pages
  {
    kind: 'page',
    route: '/orgs/[orgId]/people',
    scoped: true,
    expect: () => ({
      ...staff<PageOutcome>('signin', 403, 403),
      signatory: { own: 200, other: 404 },
      member: { own: 403, other: 404 },
    }),
  },
  { kind: 'page', route: '/staff/admin/people', scoped: false, expect: () => ({ ...staff<PageOutcome>('signin', 403, 403), admin: 200 }) },
  // The literal '[userId]' is no id: the admin gets 404 after authorization, others never get that far.
  {
    kind: 'page',
    route: '/staff/admin/people/[userId]',
    // The demo member's account: admins manage it, no one else sees it.
    path: `/staff/admin/people/${seeded.memberUserId}`,
    scoped: false,
    expect: () => ({ ...staff<PageOutcome>('signin', 403, 403), admin: 200 }),
  },
  { kind: 'page', route: '/invitations/accept', scoped: false, expect: () => all(200) },

  // ---------------------------------------------------------------- server actions
  {
    kind: 'action',
    action: '(customer)/orgs/[orgId]/people/actions.ts#inviteMemberAction',
    page: '/sign-in',
    args: (orgId) => [{ orgId, email: 'not-an-address', role: 'member', locale: 'de' }],
    scoped: true,
    expect: signatoryOnly('VALIDATION'),
  },
  {
    kind: 'action',
    action: '(customer)/orgs/[orgId]/people/actions.ts#changeMemberRoleAction',
    page: '/sign-in',
    args: (orgId) => [{ orgId, userId: 'not-an-id', role: 'member' }],
    scoped: true,
    expect: signatoryOnly('VALIDATION'),
  },
  {
    kind: 'action',
    action: '(customer)/orgs/[orgId]/people/actions.ts#removeMemberAction',
    page: '/sign-in',
    args: (orgId) => [{ orgId, userId: 'not-an-id' }],
    scoped: true,
    expect: signatoryOnly('VALIDATION'),
  },
  {
    kind: 'action',
    action: '(staff)/staff/admin/people/actions.ts#inviteStaffAction',
    page: '/sign-in',
    args: () => [{ email: 'not-an-address', roles: ['support'], locale: 'de' }],
    scoped: false,
    expect: adminOnly('VALIDATION'),
  },
  {
    kind: 'action',
    action: '(staff)/staff/admin/people/actions.ts#setStaffRolesAction',
    page: '/sign-in',
    args: () => [{ userId: 'not-an-id', roles: ['support'] }],
    scoped: false,
    expect: adminOnly('VALIDATION'),
  },
  {
    kind: 'action',
    action: '(staff)/staff/admin/people/actions.ts#setUserDisabledAction',
    page: '/sign-in',
    args: () => [{ userId: 'not-an-id', disabled: 'true' }],
    scoped: false,
    expect: adminOnly('VALIDATION'),
  },
  {
    kind: 'action',
    action: '(public)/invitations/accept/actions.ts#acceptInvitationAction',
    page: '/sign-in',
    args: () => [{ token: 'too-short' }],
    scoped: false,
    expect: all<ActionOutcome>('VALIDATION'),
  },
];

/** audit.view: admins and privacy staff. */
export const auditRows: Row[] = [
  {
    kind: 'page',
    route: '/staff/audit',
    scoped: false,
    expect: () => ({ ...staff<PageOutcome>('signin', 403, 403), admin: 200, privacy: 200 }),
  },
  {
    kind: 'route',
    route: '/staff/audit/export',
    method: 'GET',
    path: '/staff/audit/export?action=people.user.disabled',
    scoped: false,
    expect: { ...staff<RouteOutcome>(401, 403, 403), admin: 200, privacy: 200 },
  },
  {
    kind: 'action',
    action: '(staff)/staff/audit/actions.ts#checkAuditChainAction',
    page: '/sign-in',
    args: () => [{}],
    scoped: false,
    expect: { ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN'), admin: 'ok', privacy: 'ok' },
  },
];
