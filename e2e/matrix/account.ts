import { all, staff, type ActionOutcome, type PageOutcome, type RouteOutcome, type Row } from './types';

// Rows for the 'account' area (issue 12): every signed-in user's own data; the deletion requests
// for privacy and admin staff. The actions are called with INVALID input (no confirmation word),
// so the matrix run never changes, signs out or deletes a persona.

const signedIn = <O,>(anonymous: O, outcome: O) => ({ ...all(outcome), anonymous });

const accountAction = (name: string): Row => ({
  kind: 'action',
  action: `account/actions.ts#${name}`,
  page: '/account',
  args: () => [{}],
  scoped: false,
  expect: signedIn<ActionOutcome>('UNAUTHENTICATED', 'VALIDATION'),
});

export const accountRows: Row[] = [
  { kind: 'page', route: '/account', scoped: false, expect: () => signedIn<PageOutcome>('signin', 200) },
  { kind: 'route', route: '/account/export', method: 'GET', path: '/account/export', scoped: false, expect: signedIn<RouteOutcome>(401, 200) },
  accountAction('updateProfileAction'),
  accountAction('endOtherSessionsAction'),
  accountAction('deleteAccountAction'),
  // Public: where a deletion request leads; it reads nothing about anyone.
  { kind: 'page', route: '/account/deleted', scoped: false, expect: () => all<PageOutcome>(200) },
  // Public: a notice contact has no account. Without a valid token nothing is removed.
  { kind: 'page', route: '/unsubscribe', scoped: false, expect: () => all<PageOutcome>(200) },
  {
    kind: 'action',
    action: '(public)/unsubscribe/actions.ts#unsubscribeAction',
    page: '/unsubscribe',
    args: () => [{}],
    scoped: false,
    expect: all<ActionOutcome>('VALIDATION'),
  },
  // Public: the one-click unsubscribe (RFC 8058); without a valid token nothing is removed.
  { kind: 'route', route: '/api/unsubscribe', method: 'POST', path: '/api/unsubscribe', scoped: false, expect: all<RouteOutcome>(404) },
  {
    kind: 'page',
    route: '/staff/records/deletions',
    scoped: false,
    expect: () => ({ ...staff<PageOutcome>('signin', 403, 403), privacy: 200, admin: 200 }),
  },
];
