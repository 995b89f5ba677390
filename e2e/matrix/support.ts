import { all, staff, tokenScope, type ActionOutcome, type PageOutcome, type Row } from './types';

// Rows for the support desk (issue 10): the staff search and support view, the customer's session
// list, and the session and invitation actions. The actions are called with INVALID input (empty
// ticket and reason, a malformed id), so nothing is recorded or mailed: the permitted persona gets
// 'VALIDATION', everyone else is stopped by authorize() first.

const unknownId = '00000000-0000-4000-8000-000000000000';

/** 'support.sessions.manage': support and admin staff; privacy staff and customers are refused. */
const manageExpect = {
  ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION'),
  privacy: 'FORBIDDEN',
  signatory: { own: 'FORBIDDEN', other: 'NOT_FOUND' },
  member: { own: 'FORBIDDEN', other: 'NOT_FOUND' },
} as const;

export const supportRows: Row[] = [
  // ---------------------------------------------------------------- pages
  { kind: 'page', route: '/staff/support/[orgId]', scoped: true, expect: () => ({
    ...staff<PageOutcome>('signin', 403, 200),
    signatory: { own: 403, other: 404 },
    member: { own: 403, other: 404 },
  }) },
  { kind: 'page', route: '/orgs/[orgId]/support-sessions', scoped: true, expect: () => ({
    ...staff<PageOutcome>('signin', 200, 200),
    signatory: { own: 200, other: 404 },
    member: { own: 200, other: 404 },
  }) },

  { kind: 'page', route: '/staff/support/calls', scoped: false, expect: () => ({ ...staff<PageOutcome>('signin', 403, 200), privacy: 403 }) },
  { kind: 'page', route: '/staff/api-tokens', scoped: false, expect: () => ({ ...staff<PageOutcome>('signin', 403, 403), admin: 200 }) },

  // ---------------------------------------------------------------- token API (lib/api/api-route.ts)
  // A session cookie is no API token: every persona gets 401. A token of the endpoint's scope gets
  // its answer, a token of another scope 403 (also in lib/api/api.integration.test.ts).
  { kind: 'route', route: '/api/v1/support/lookup', method: 'GET', path: '/api/v1/support/lookup?customerNumber=K-10001', scoped: false, expect: all(401), tokens: tokenScope('token:support:read', 200) },
  // A POST that carries cookies and no bearer token is a browser's: without our Origin the same-origin
  // rule refuses it (403) before the token check; a machine client without cookies gets 401 (lib/api).
  // With a token it is a machine's: the scope decides, then the missing body is refused (422), so
  // the matrix starts no session.
  { kind: 'route', route: '/api/v1/remote-sessions', method: 'POST', path: '/api/v1/remote-sessions', scoped: false, expect: all(403), tokens: tokenScope('token:support:read', 422) },
  // The phone system's token writes one call-list entry (an HMAC of the number) per run.
  { kind: 'route', route: '/api/v1/calls/identify', method: 'GET', path: '/api/v1/calls/identify?number=07112293440', scoped: false, expect: all(401), tokens: tokenScope('token:calls:identify', 200) },
  { kind: 'route', route: '/api/v1/register', method: 'GET', path: '/api/v1/register', scoped: false, expect: all(401), tokens: tokenScope('token:register:read', 200) },
  { kind: 'route', route: '/api/v1/openapi.json', method: 'GET', path: '/api/v1/openapi.json', scoped: false, expect: all(200) },

  // ---------------------------------------------------------------- server actions
  {
    kind: 'action',
    action: '(staff)/staff/support/[orgId]/actions.ts#startRemoteSessionAction',
    page: '/sign-in',
    args: (orgId) => [{ orgId, ticketReference: '', reason: '' }],
    scoped: true,
    expect: manageExpect,
  },
  {
    kind: 'action',
    action: '(staff)/staff/support/[orgId]/actions.ts#endRemoteSessionAction',
    page: '/sign-in',
    args: (orgId) => [{ orgId, sessionId: 'not-an-id' }],
    scoped: true,
    expect: manageExpect,
  },
  {
    kind: 'action',
    action: '(staff)/staff/support/[orgId]/actions.ts#sendDpaInvitationAction',
    page: '/sign-in',
    // A malformed organisation id: authorize() sees no organisation, so customers are FORBIDDEN.
    args: () => [{ orgId: `${unknownId}x` }],
    scoped: false,
    expect: { ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION'), privacy: 'FORBIDDEN' },
  },
  {
    kind: 'action',
    action: '(staff)/staff/support/calls/actions.ts#anonymiseCallAction',
    page: '/sign-in',
    args: () => [{ callId: '' }],
    scoped: false,
    expect: { ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION'), privacy: 'FORBIDDEN' },
  },
  {
    kind: 'action',
    action: '(staff)/staff/api-tokens/actions.ts#createApiTokenAction',
    page: '/sign-in',
    args: () => [{ name: '' }],
    scoped: false,
    expect: { ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN'), admin: 'VALIDATION' },
  },
  {
    kind: 'action',
    action: '(staff)/staff/api-tokens/actions.ts#revokeApiTokenAction',
    page: '/sign-in',
    args: () => [{ tokenId: 'not-an-id' }],
    scoped: false,
    expect: { ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN'), admin: 'VALIDATION' },
  },
];
