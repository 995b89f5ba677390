// Running the authorization matrix (authorization-matrix.ts) over HTTP: the expected outcome of a
// row for a persona, the outcome the server gave, request variants that have bypassed middleware in
// Next.js before, and the tally the spec asserts on (e2e/authorization.spec.ts).
import type { APIRequestContext } from '@playwright/test';
import { orgIds } from './support/demo-ids';
import type { Env, Persona, Row, Scope, TokenPersona } from './authorization-matrix';

export type AnyPersona = Persona | TokenPersona;
export type Outcome = string | number;

export function isTokenPersona(persona: AnyPersona): persona is TokenPersona {
  return persona.startsWith('token:');
}

/** The matrix's outcome; a token persona is the anonymous visitor unless its row names it. */
export function expected(row: Row, persona: AnyPersona, scope: Scope, env: Env): Outcome {
  if (isTokenPersona(persona)) {
    const override = row.kind === 'route' ? row.tokens?.[persona] : undefined;
    return override ?? expected(row, 'anonymous', scope, env);
  }
  const table = row.kind === 'page' ? row.expect(env) : row.expect;
  const value = table[persona] as Outcome | { own: Outcome; other: Outcome };
  return typeof value === 'object' ? value[scope === 'other' ? 'other' : 'own'] : value;
}

/**
 * A way of sending the same request that has skipped middleware in Next.js before
 * (CVE-2025-29927: `x-middleware-subrequest`; the RSC and prefetch requests the router sends).
 * `accepted`: outcomes besides the matrix's that are a harmless answer to the variant.
 */
export type Variant = {
  name: string;
  headers?: Record<string, string>;
  query?: string;
  /** Appended to page paths; other rows are not sent in this variant. */
  pageSuffix?: string;
  accepted?: Outcome[];
};

const subrequest = (value: string): Variant => ({ name: `x-middleware-subrequest: ${value}`, headers: { 'x-middleware-subrequest': value } });

export const bypassVariants: Variant[] = [
  subrequest('middleware'),
  subrequest('proxy'),
  subrequest('src/middleware:middleware:middleware:middleware:middleware'),
  subrequest('proxy:proxy:proxy:proxy:proxy'),
  // An action posted as an RSC request is not run: Next.js answers the page's payload ('not run').
  { name: 'RSC: 1', headers: { RSC: '1' }, accepted: ['not run'] },
  // As the router sends a prefetch (without RSC: 1 Next.js treats it as a plain request). A dynamic
  // page is not rendered for a prefetch: the answer is its route tree only ('tree only', no data).
  { name: 'Next-Router-Prefetch: 1 (with RSC: 1)', headers: { RSC: '1', 'Next-Router-Prefetch': '1' }, accepted: ['not run', 'tree only'] },
  { name: '?_rsc=abc', query: '_rsc=abc' },
  // `/x.rsc` is no route (404), or a dynamic segment's value ("new.rsc"), answered as an RSC request.
  { name: '.rsc suffix (pages)', pageSuffix: '.rsc', accepted: [404, 400] },
];

/** Outcomes that mean "let through": a page or answer served, or the action's own checks reached. */
const ALLOWS = new Set<Outcome>([200, 422, 'ok', 'VALIDATION']);

export type Case = { persona: AnyPersona; row: Row; scope: Scope; variant?: Variant };
export type Result = Case & { want: Outcome; got: Outcome; verdict: 'match' | 'unexpected allow' | 'unexpected deny' };

export function judge(want: Outcome, got: Outcome, accepted: Outcome[] = []): Result['verdict'] {
  if (got === want || accepted.includes(got)) return 'match';
  return ALLOWS.has(got) && !ALLOWS.has(want) ? 'unexpected allow' : 'unexpected deny';
}

export function rowName(row: Row): string {
  return row.kind === 'action' ? row.action : row.kind === 'page' ? (row.path ?? row.route) : row.path;
}

function withQuery(path: string, query?: string) {
  return query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path;
}

/** The cases of a row for a persona: own and another organisation where the row is scoped (or only `scopes`). */
export function casesOf(rows: Row[], persona: AnyPersona, variant?: Variant, scopes: Scope[] = ['own', 'other']): Case[] {
  return rows
    .filter((row) => !variant?.pageSuffix || row.kind === 'page')
    .flatMap((row) => (row.scoped ? scopes : (['none'] as const)).map((scope) => ({ persona, row, scope, variant })));
}

type Answer = { status: number; headers: Record<string, string>; body: string };

/**
 * Sends a request. An RSC request whose `_rsc` value does not match its router headers gets a 307 to
 * the same path with the right value (Next.js's cache-busting); like the router, follow it once.
 */
async function send(api: APIRequestContext, method: 'GET' | 'POST', url: string, options: { headers: Record<string, string>; data?: string }): Promise<Answer> {
  let target = url;
  for (let hop = 0; ; hop++) {
    const response = method === 'GET' ? await api.get(target, { ...options, maxRedirects: 0 }) : await api.post(target, { ...options, maxRedirects: 0 });
    const answer = { status: response.status(), headers: response.headers(), body: await response.text() };
    const location = answer.headers.location ? new URL(answer.headers.location, 'http://app.invalid') : null;
    const cacheBusting = answer.status === 307 && location?.searchParams.has('_rsc') && location.pathname === new URL(target, 'http://app.invalid').pathname;
    if (!cacheBusting || hop > 0) return answer;
    target = `${location!.pathname}${location!.search}`;
  }
}

/**
 * What a page answered. An RSC answer (text/x-component) has status 200 even when the page
 * redirected or refused: the redirect, 403 or 404 travels in the payload as the error's digest,
 * which the router acts on. Read from there; a payload without one is the page itself (200).
 */
export function pageOutcome({ status, headers, body }: Answer): Outcome {
  if ([301, 302, 303, 307, 308].includes(status)) return /\/sign-in/.test(headers.location ?? '') ? 'signin' : 'redirect';
  if (status === 200 && (headers['content-type'] ?? '').includes('text/x-component')) {
    const digest = body.match(/"digest":"(NEXT_REDIRECT;[a-z]+;([^;"]*);\d{3};|NEXT_HTTP_ERROR_FALLBACK;(\d{3}))/);
    if (digest?.[2] !== undefined) return /^\/sign-in/.test(digest[2]) ? 'signin' : 'redirect';
    if (digest?.[3]) return Number(digest[3]);
    // No element rendered at all: the route tree a prefetch gets for a dynamic page.
    if (!body.includes('"$Sreact.fragment"')) return 'tree only';
  }
  return status;
}

/** Sends one case; `headers` are the persona's (cookie or bearer token) and go with every request. */
export async function outcomeOf(
  api: APIRequestContext,
  { row, scope, variant }: Case,
  origin: string,
  ids: Map<string, string>,
  headers: Record<string, string>,
): Promise<Outcome> {
  const orgId = scope === 'other' ? orgIds.none : orgIds.current;
  const sent = { ...headers, ...variant?.headers };
  if (row.kind === 'page') {
    const raw = (row.path ?? row.route).replace('[orgId]', orgId).replace('{orgId}', orgId);
    if (/\[\w+\]/.test(raw)) throw new Error(`page row ${row.route} needs a path with real ids`);
    const [pathname, search] = raw.split('?') as [string, string | undefined];
    const path = withQuery(`${pathname}${variant?.pageSuffix ?? ''}${search ? `?${search}` : ''}`, variant?.query);
    return pageOutcome(await send(api, 'GET', path, { headers: sent }));
  }
  if (row.kind === 'route') {
    const url = withQuery(row.path.replace('{orgId}', orgId), variant?.query);
    return (await send(api, row.method, url, { headers: sent })).status;
  }
  const id = ids.get(row.action);
  if (!id) throw new Error(`action ${row.action} is not in the build's server-reference manifest`);
  const answer = await send(api, 'POST', withQuery(row.page, variant?.query), {
    headers: {
      'Next-Action': id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: origin,
      ...sent,
    },
    data: JSON.stringify(row.args(orgId)),
  });
  // Posted as an RSC request, an action is not run: the answer is the page's payload (or, for a
  // prefetch, its route tree), no result.
  if (sent.RSC && answer.status === 200 && !/"ok":(true|false)/.test(answer.body)) return 'not run';
  return actionOutcome(row.action, answer.status, answer.headers, answer.body);
}

export function actionOutcome(action: string, status: number, headers: Record<string, string>, body: string): Outcome {
  if (headers['x-action-redirect'] || [303, 307].includes(status)) return 'redirect';
  const result = body.match(/"ok":(true|false)(?:,"error":"(\w+)")?/);
  // A form action that returns nothing (the language switch) answers 200 with no result object.
  if (!result && status === 200) return 'ok';
  if (!result) throw new Error(`action ${action} answered ${status}: ${body.slice(0, 200)}`);
  return result[1] === 'true' ? 'ok' : result[2]!;
}

/** Runs `work` over `items`, `concurrency` at a time, keeping the order of the results. */
export async function pool<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

/** The sign-out action ends the persona's session, so its cases run last. */
export function isSignOut(row: Row) {
  return row.kind === 'action' && row.action.includes('sign-out');
}

export type Tally = { cases: number; unexpectedAllows: number; unexpectedDenies: number; accepted: number };

/** Figures per group (e.g. variant or persona), and the mismatches spelled out. */
export function tally(results: Result[], groupOf: (result: Result) => string) {
  const groups = new Map<string, Tally>();
  for (const result of results) {
    const key = groupOf(result);
    const t = groups.get(key) ?? { cases: 0, unexpectedAllows: 0, unexpectedDenies: 0, accepted: 0 };
    t.cases++;
    if (result.verdict === 'unexpected allow') t.unexpectedAllows++;
    if (result.verdict === 'unexpected deny') t.unexpectedDenies++;
    if (result.verdict === 'match' && result.got !== result.want) t.accepted++;
    groups.set(key, t);
  }
  const mismatches = results
    .filter((r) => r.verdict !== 'match')
    .map((r) => `${r.verdict}: ${r.persona} × ${r.row.kind} ${rowName(r.row)} (${r.scope})${r.variant ? ` [${r.variant.name}]` : ''}: expected ${r.want}, got ${r.got}`);
  return { groups: Object.fromEntries(groups), mismatches };
}
