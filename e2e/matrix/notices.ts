import { seeded } from '../support/demo-ids';
import { all, staff, type ActionOutcome, type PageOutcome, type Row } from './types';

// Rows for the 'notices' area: deliveries (staff), subscriptions, feeds. Mutating actions are
// called with invalid arguments, so whoever gets through authorization meets VALIDATION and nothing
// is written.

/** subscriptions.manage: the own organisation's signatory only. */
const signatoryOnly = (passed: ActionOutcome) => ({
  ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN'),
  signatory: { own: passed, other: 'NOT_FOUND' as const },
  member: { own: 'FORBIDDEN' as const, other: 'NOT_FOUND' as const },
});

export const noticesRows: Row[] = [
  // ---------------------------------------------------------------- pages
  {
    kind: 'page',
    route: '/orgs/[orgId]/subscriptions',
    scoped: true,
    expect: () => ({
      ...staff<PageOutcome>('signin', 200, 200),
      signatory: { own: 200, other: 404 },
      member: { own: 200, other: 404 },
    }),
  },
  { kind: 'page', route: '/subscriptions/confirm', scoped: false, expect: () => all(200) },
  {
    kind: 'page',
    route: '/staff/change-notices/[changeNoticeId]/deliveries',
    path: `/staff/change-notices/${seeded.changeNoticeId}/deliveries`,
    scoped: false,
    expect: () => staff<PageOutcome>('signin', 403, 200),
  },

  // ---------------------------------------------------------------- route handlers
  { kind: 'route', route: '/api/feeds/[token]/atom', method: 'GET', path: '/api/feeds/unknown-token/atom', scoped: false, expect: all(404) },
  {
    kind: 'route',
    route: '/api/feeds/[token]/calendar',
    method: 'GET',
    path: '/api/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/calendar',
    scoped: false,
    expect: all(404),
  },
  // The demo provider enables the public feed.
  { kind: 'route', route: '/api/feeds/public/atom', method: 'GET', path: '/api/feeds/public/atom', scoped: false, expect: all(200) },

  // ---------------------------------------------------------------- server actions
  {
    kind: 'action',
    action: '(customer)/orgs/[orgId]/subscriptions/actions.ts#addNoticeContactAction',
    page: '/sign-in',
    args: (orgId) => [{ orgId, email: 'not-an-address', locale: 'de' }],
    scoped: true,
    expect: signatoryOnly('VALIDATION'),
  },
  {
    kind: 'action',
    action: '(customer)/orgs/[orgId]/subscriptions/actions.ts#removeNoticeContactAction',
    page: '/sign-in',
    args: (orgId) => [{ orgId, contactId: 'not-an-id' }],
    scoped: true,
    expect: signatoryOnly('VALIDATION'),
  },
  {
    kind: 'action',
    action: '(customer)/orgs/[orgId]/subscriptions/actions.ts#rotateFeedTokenAction',
    page: '/sign-in',
    args: (orgId) => [{ orgId }],
    scoped: true,
    expect: signatoryOnly('VALIDATION'),
  },
  {
    kind: 'action',
    action: '(customer)/orgs/[orgId]/subscriptions/actions.ts#addWebhookAction',
    page: '/sign-in',
    args: (orgId) => [{ orgId, url: '' }],
    scoped: true,
    expect: signatoryOnly('VALIDATION'),
  },
  {
    kind: 'action',
    action: '(customer)/orgs/[orgId]/subscriptions/actions.ts#removeWebhookAction',
    page: '/sign-in',
    args: (orgId) => [{ orgId, webhookId: 'not-an-id' }],
    scoped: true,
    expect: signatoryOnly('VALIDATION'),
  },
  {
    kind: 'action',
    action: '(public)/subscriptions/confirm/actions.ts#confirmNoticeContactAction',
    page: '/sign-in',
    args: () => [{ token: 'not-a-token' }],
    scoped: false,
    expect: all('VALIDATION'),
  },
  {
    kind: 'action',
    action: '(staff)/staff/change-notices/[changeNoticeId]/deliveries/actions.ts#retryFailedDeliveriesAction',
    page: '/sign-in',
    args: () => [{ changeNoticeId: 'not-an-id' }],
    scoped: false,
    expect: { ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN'), privacy: 'VALIDATION' },
  },
];
