// Personas, outcomes and row types of the authorization matrix (e2e/authorization-matrix.ts).
import { demoAccounts } from '../../scripts/demo-seed/demo-accounts';

export const personas = [
  'anonymous',
  'signatory',
  'member',
  'privacy',
  'support',
  'admin',
] as const;
export type Persona = (typeof personas)[number];

/**
 * A machine with an API token of one scope (lib/core/actor.ts apiScopes), sent as
 * `Authorization: Bearer` and nothing else. Everywhere it is an anonymous visitor, except on the
 * /api/v1 rows that name it in `tokens`.
 */
export const tokenPersonas = ['token:support:read', 'token:calls:identify', 'token:register:read'] as const;
export type TokenPersona = (typeof tokenPersonas)[number];

export const personaEmail: Record<Exclude<Persona, 'anonymous'>, string> = {
  signatory: demoAccounts.signatory,
  member: demoAccounts.member,
  privacy: demoAccounts.privacy,
  support: demoAccounts.support,
  admin: demoAccounts.admin,
};

/** 'signin': redirected to the sign-in page; 'redirect': sent on elsewhere (not to sign-in). */
export type PageOutcome = 200 | 403 | 404 | 'signin' | 'redirect';
/** 422: the token API's validation answer, given only after the token and its scope passed. */
export type RouteOutcome = 200 | 302 | 401 | 403 | 404 | 422;
/** What a server action answers: its result's error code, 'ok', or 'redirect'. */
export type ActionOutcome = 'ok' | 'redirect' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'VALIDATION';

/** own = the persona's organisation (K-10001 for signatory and member), other = K-10002. */
export type Scope = 'own' | 'other' | 'none';
type Expect<O> = Record<Persona, O | { own: O; other: O }>;

/** mailbox: the development mailbox is on; embedded: the app runs on the embedded demo database. */
export type Env = { mailbox: boolean; embedded: boolean };

export type PageRow = {
  kind: 'page';
  route: string;
  /** Concrete path with real seeded ids where the route has more than [orgId]; {orgId} is replaced per scope. */
  path?: string;
  scoped: boolean;
  expect: (env: Env) => Expect<PageOutcome>;
};
export type RouteRow = {
  kind: 'route';
  route: string;
  method: 'GET' | 'POST';
  /** Concrete path to call; {orgId} is replaced per scope. */
  path: string;
  scoped: boolean;
  expect: Expect<RouteOutcome>;
  /** The token personas' outcomes where they differ from the anonymous visitor's (the /api/v1 rows). */
  tokens?: Partial<Record<TokenPersona, RouteOutcome>>;
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

export const all = <O,>(outcome: O): Expect<O> => ({
  anonymous: outcome,
  signatory: outcome,
  member: outcome,
  privacy: outcome,
  support: outcome,
  admin: outcome,
});
export const staff = <O,>(anonymous: O, customer: O, staffOutcome: O): Expect<O> => ({
  anonymous,
  signatory: customer,
  member: customer,
  privacy: staffOutcome,
  support: staffOutcome,
  admin: staffOutcome,
});


/** A token API endpoint: the token of `scope` gets `passed`, a token of another scope 403. */
export const tokenScope = (scope: TokenPersona, passed: RouteOutcome): Record<TokenPersona, RouteOutcome> => ({
  ...(Object.fromEntries(tokenPersonas.map((t) => [t, 403])) as Record<TokenPersona, RouteOutcome>),
  [scope]: passed,
});
