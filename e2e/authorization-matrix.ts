// The authorization matrix, as data: every page, route handler and server action of the app, for
// every persona, with the outcome the server must give. authorization.spec.ts runs it against the
// real app on each database and fails when a route or action exists that this table does not name.
import { demoAccounts } from '../db/seed/demo-accounts';

export const personas = [
  'anonymous',
  'signatory',
  'member',
  'privacy',
  'support',
  'admin',
] as const;
export type Persona = (typeof personas)[number];

export const personaEmail: Record<Exclude<Persona, 'anonymous'>, string> = {
  signatory: demoAccounts.signatory,
  member: demoAccounts.member,
  privacy: demoAccounts.privacy,
  support: demoAccounts.support,
  admin: demoAccounts.admin,
};

/** 'signin': redirected to the sign-in page; 'redirect': sent on elsewhere (not to sign-in). */
export type PageOutcome = 200 | 403 | 404 | 'signin' | 'redirect';
export type RouteOutcome = 200 | 302 | 401 | 403 | 404;
/** What a server action answers: its result's error code, 'ok', or 'redirect'. */
export type ActionOutcome = 'ok' | 'redirect' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'VALIDATION';

/** own = the persona's organisation (K-10001 for signatory and member), other = K-10002. */
export type Scope = 'own' | 'other' | 'none';
type Expect<O> = Record<Persona, O | { own: O; other: O }>;

export type Env = { mailbox: boolean };

export type PageRow = { kind: 'page'; route: string; scoped: boolean; expect: (env: Env) => Expect<PageOutcome> };
export type RouteRow = {
  kind: 'route';
  route: string;
  method: 'GET' | 'POST';
  /** Concrete path to call; {orgId} is replaced per scope. */
  path: string;
  scoped: boolean;
  expect: Expect<RouteOutcome>;
};
export type ActionRow = {
  kind: 'action';
  /** file (under app/) # exported name */
  action: string;
  /** The page the action is posted to. */
  page: string;
  args: (orgId: string) => unknown[];
  scoped: boolean;
  expect: Expect<ActionOutcome>;
};
export type Row = PageRow | RouteRow | ActionRow;

const all = <O,>(outcome: O): Expect<O> => ({
  anonymous: outcome,
  signatory: outcome,
  member: outcome,
  privacy: outcome,
  support: outcome,
  admin: outcome,
});
const staff = <O,>(anonymous: O, customer: O, staffOutcome: O): Expect<O> => ({
  anonymous,
  signatory: customer,
  member: customer,
  privacy: staffOutcome,
  support: staffOutcome,
  admin: staffOutcome,
});

export const matrix: Row[] = [
  // ---------------------------------------------------------------- pages
  { kind: 'page', route: '/', scoped: false, expect: () => ({ ...all<PageOutcome>('redirect'), anonymous: 'signin' }) },
  { kind: 'page', route: '/sign-in', scoped: false, expect: () => ({ ...all<PageOutcome>('redirect'), anonymous: 200 }) },
  { kind: 'page', route: '/imprint', scoped: false, expect: () => all(200) },
  { kind: 'page', route: '/privacy', scoped: false, expect: () => all(200) },
  { kind: 'page', route: '/dev/mailbox', scoped: false, expect: (env) => all(env.mailbox ? 200 : 404) },
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
