import { all, staff, type PageOutcome, type RouteOutcome, type Row } from './types';

// Sign-in, shell, dashboard, staff list, health.
export const foundationRows: Row[] = [
  // ---------------------------------------------------------------- pages
  { kind: 'page', route: '/', scoped: false, expect: () => ({ ...all<PageOutcome>('redirect'), anonymous: 'signin' }) },
  { kind: 'page', route: '/sign-in', scoped: false, expect: () => ({ ...all<PageOutcome>('redirect'), anonymous: 200 }) },
  { kind: 'page', route: '/imprint', scoped: false, expect: () => all(200) },
  { kind: 'page', route: '/privacy', scoped: false, expect: () => all(200) },
  { kind: 'page', route: '/dev/mailbox', scoped: false, expect: (env) => all(env.mailbox ? 200 : 404) },
  { kind: 'page', route: '/dev/kit', scoped: false, expect: (env) => all(env.embedded ? 200 : 404) },
  {
    kind: 'page',
    route: '/orgs/[orgId]',
    scoped: true,
    expect: () => ({
      ...staff<PageOutcome>('signin', 200, 200),
      signatory: { own: 200, other: 404 },
      member: { own: 200, other: 404 },
    }),
  },
  { kind: 'page', route: '/staff', scoped: false, expect: () => staff<PageOutcome>('signin', 403, 200) },

  // ---------------------------------------------------------------- route handlers
  {
    kind: 'route',
    route: '/api/auth/[...nextauth]',
    method: 'GET',
    path: '/api/auth/session',
    scoped: false,
    expect: all(200),
  },
  { kind: 'route', route: '/api/health', method: 'GET', path: '/api/health', scoped: false, expect: all(200) },
  {
    kind: 'route',
    route: '/api/v1/orgs/[orgId]',
    method: 'GET',
    path: '/api/v1/orgs/{orgId}',
    scoped: true,
    expect: {
      ...staff<RouteOutcome>(401, 200, 200),
      signatory: { own: 200, other: 404 },
      member: { own: 200, other: 404 },
    },
  },

  // ---------------------------------------------------------------- server actions
  {
    kind: 'action',
    action: '(public)/sign-in/actions.ts#requestSignInLinkAction',
    page: '/sign-in',
    // An unknown address: the answer must be 'ok' for everyone and send nothing.
    args: () => [{ email: 'matrix-probe@unknown.example' }],
    scoped: false,
    expect: all('ok'),
  },
  {
    kind: 'action',
    action: '(public)/sign-in/actions.ts#signInWithIdpAction',
    page: '/sign-in',
    // Staff on to the identity provider; without one configured (as here) it does nothing (e2e/oidc.spec.ts has one).
    args: () => [{}],
    scoped: false,
    expect: all('ok'),
  },
  {
    kind: 'action',
    action: '(public)/dev/kit/actions.ts#kitExampleAction',
    page: '/dev/kit',
    // The kit's example changes nothing; an empty form is refused by its schema for everyone.
    args: () => [{}],
    scoped: false,
    expect: all('VALIDATION'),
  },
  {
    kind: 'action',
    action: '_actions/set-locale.ts#setLocaleAction',
    page: '/sign-in',
    args: () => [{ locale: 'de' }],
    scoped: false,
    expect: all('ok'),
  },
  {
    kind: 'action',
    action: '_actions/sign-out.ts#signOutAction',
    page: '/sign-in',
    args: () => [],
    scoped: false,
    expect: all('redirect'),
  },
];
