import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { matrix, type ActionOutcome, type ActionRow, type Persona } from './authorization-matrix';
import { actionIds, discover } from './support/app-routes';
import { parseCspReport } from '@/lib/http/csp-report';
import { cspTallyDir, type CspTally } from './support/csp-watch';
import { orgIds, seeded } from './support/demo-ids';
import { changed, closeAgents, pool, postgresProbe, send, type Answer, type Sent, type Snapshot, type WriteProbe } from './support/fuzz-http';
import { expect, signIn, test } from './support/fixtures';
import { personaEmail } from './matrix/types';

// [SECURITY][PROPERTIES] (issue 15, item 3): property-based tests with fast-check. Every server
// action of the build and every route handler gets at least RUNS generated inputs, sent as the
// browser sends them (Next-Action header, our Origin, a JSON or multipart body) by a persona who
// passes authorization, so the input reaches validation. Properties, for every input:
//   1. the answer is below 500, and an action's result is never INTERNAL (the wrapper's 500);
//   2. the body carries no stack trace, file path or "Error:" line;
//   3. after a failure (4xx, or an action result with ok:false) no row was written. The inputs go in
//      batches of BATCH; after each the database is compared with before it (postgres project: every
//      table's row count and md5, read directly; pglite: the audit chain's length, since every
//      mutation writes its audit event in the same transaction). A batch of failures only that
//      changed anything fails the test; a batch that changed nothing proves its failures wrote
//      nothing; where a successful input wrote, the batch's failures are counted as not told apart.
// Rate limits written before validation (attempt counters, a token's last use, a session's expiry)
// are not "rows written" (e2e/support/fuzz-http.ts). The inputs come from a fixed seed per target
// (PROPERTY_FUZZ_SEED), so a finding replays. The tally per target is printed and written to
// test-results/property-fuzz-<project>.json after every target.
//   PROPERTY_FUZZ_RUNS=1000 DATABASE_URL=postgres://… npx playwright test e2e/property-fuzz.spec.ts --project postgres --workers=1
// That is the figure of docs/assurance.md (1,000 inputs a target; about 90 minutes on two cores).
// Inside `npm test` every target gets 25 inputs, so the whole suite stays within CI's time; the
// seed is fixed, so those 25 are the first 25 of the 1,000.

const RUNS = Number(process.env.PROPERTY_FUZZ_RUNS ?? 25);
const IN_FLIGHT = Number(process.env.PROPERTY_FUZZ_IN_FLIGHT ?? 16);
const BATCH = 64;
const SEED = Number(process.env.PROPERTY_FUZZ_SEED ?? 20261129);

const stackTrace =
  /\n\s+at [^\n]+:\d+:\d+|\bat [\w$.<>]+ \([^)\n]*:\d+:\d+\)|node_modules|webpack-internal|\[turbopack\]|\/work\/|\.next\/server|\b(?:[A-Z]\w*)?Error: /;

// ---------------------------------------------------------------- generators

const uuid = '7c9e6679-7425-40de-944b-e07fc1f0b4e1';
/** Strings Next.js's reply decoder treats as references, and values that trip careless parsing. */
const special = fc.constantFrom(
  '$@1', '$K1', '$Q1', '$T', '$h1', '$n1x', '$D2026', '$undefined', '$NaN', '$Infinity', '$-0', '$S', '$F1', '$B1', '$R1', '$W1', '$Y', '$', '$$x',
  '', ' ', '\u0000', 'a\u0000b', '\u202e', '\ud800', 'null', 'undefined', 'NaN', '-1', '1e309', '0x10', '__proto__', 'constructor', 'toString',
  '../../etc/passwd', "' OR '1'='1", '<script>alert(1)</script>', '%00', '%ZZ', uuid, '00000000-0000-0000-0000-000000000000', orgIds.current,
  seeded.currentAgreementId, 'de', 'en', 'fr', 'true', 'on', '{}', '[]', 'K-10001', 'anna.becker@baeckerei-hofmann.example', '+49 7022 123456',
);
const huge = fc.oneof(
  fc.integer({ min: 5_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1_000, max: 50_000 }).map((n) => 'Ä😀\u202e'.repeat(n)),
);
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii', maxLength: 400 }));
/** Whatever may stand in a field's place. */
const weird: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 3, arbitrary: special },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER + 2), fc.constant(-0)) },
  { weight: 2, arbitrary: fc.constantFrom(null, true, false) },
  { weight: 1, arbitrary: huge },
  { weight: 2, arbitrary: fc.object({ maxDepth: 2 }) },
  { weight: 2, arbitrary: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);
const fieldNames = ['orgId', 'userId', 'email', 'role', 'roles', 'locale', 'name', 'token', 'id', 'confirm', 'reason', 'note', 'decision', 'file', 'sha256', 'scopes', 'url', 'disabled'];
const keyOf = (known: string[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known, ...fieldNames) }, { weight: 1, arbitrary: fc.string() }, { weight: 1, arbitrary: special });

type Body = { type: string; body: string | Buffer; shape: string };
const json = (value: unknown, shape: string): Body => ({ type: 'text/plain;charset=UTF-8', body: JSON.stringify(value) ?? 'null', shape });

function multipart(fields: [string, string][], root: string): Buffer {
  const boundary = '----fuzz7MA4YWxkTrZu0gW';
  const clean = (name: string) => name.replace(/["\r\n\\]/g, '_');
  const parts = fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="_1_${clean(k)}"\r\n\r\n${v}\r\n`);
  return Buffer.from(`${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n${root}\r\n--${boundary}--\r\n`, 'utf8');
}

/** An action's body: its valid-looking arguments mutated, or something else entirely. */
function actionBodies(valid: unknown[]): fc.Arbitrary<Body> {
  const first = valid[0] && typeof valid[0] === 'object' && !Array.isArray(valid[0]) ? (valid[0] as Record<string, unknown>) : {};
  const known = Object.keys(first);
  const str = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));
  return fc.oneof(
    // One field of the valid arguments replaced.
    { weight: 6, arbitrary: fc.tuple(keyOf(known), weird).map(([k, v]) => json([{ ...first, [k]: v }, ...valid.slice(1)], 'field replaced')) },
    // Several fields more, or instead.
    { weight: 3, arbitrary: fc.dictionary(keyOf(known), weird, { maxKeys: 6 }).map((extra) => json([{ ...first, ...extra }], 'fields added')) },
    { weight: 2, arbitrary: fc.dictionary(keyOf(known), weird, { maxKeys: 6 }).map((only) => json([only], 'fields only')) },
    // Arbitrary JSON in place of each argument, and as the whole argument list.
    { weight: 2, arbitrary: fc.tuple(fc.nat({ max: Math.max(0, valid.length - 1) }), weird).map(([i, v]) => json(Object.assign([...valid], { [i]: v }), 'argument replaced')) },
    { weight: 2, arbitrary: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }).map((args) => json(args, 'JSON arguments')) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => json(v, 'JSON body')) },
    // A form, as useActionState posts it: (previous state, FormData).
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.array(fc.tuple(keyOf(known), weird.map(str)), { maxLength: 6 }),
          fc.constantFrom('[null,"$K1"]', '["$K1"]', '[{},"$K1"]', '["$K1","$K1"]', '[null,"$K2"]'),
        )
        .map(([fields, root]) => ({
          type: 'multipart/form-data; boundary=----fuzz7MA4YWxkTrZu0gW',
          body: multipart([...Object.entries(first).map(([k, v]) => [k, str(v)] as [string, string]), ...fields], root),
          shape: 'form data',
        })),
    },
    // Not JSON at all.
    { weight: 1, arbitrary: fc.oneof(text, special).map((s) => ({ type: 'text/plain;charset=UTF-8', body: s, shape: 'raw text' })) },
  );
}

const queryValue = fc.oneof({ weight: 4, arbitrary: text }, { weight: 3, arbitrary: special }, { weight: 1, arbitrary: fc.integer().map(String) }, {
  weight: 1,
  arbitrary: fc.integer({ min: 1_000, max: 6_000 }).map((n) => 'q'.repeat(n)),
});
/** Lone surrogates become U+FFFD, as a browser's encoder makes them. */
const wellFormed = (s: string) => Buffer.from(s, 'utf8').toString('utf8');
const segment = fc.oneof(text, special).map((s) => encodeURIComponent(wellFormed(s)) || '%20');
const query = (known: string[]) =>
  fc.dictionary(keyOf(known), queryValue, { maxKeys: 5 }).map((q) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) params.append(k, v);
    return params.toString();
  });
const withQuery = (pathArb: fc.Arbitrary<string>, known: string[]) => fc.tuple(pathArb, query(known)).map(([p, q]) => (q ? `${p}?${q}` : p));

// ---------------------------------------------------------------- targets

type Auth = Persona | 'token';
type Target = { name: string; auth: Auth; kind: 'action' | 'route'; inputs: () => { request: Sent; shape: string }[] };

const sample = <T,>(arb: fc.Arbitrary<T>, name: string): T[] => {
  // A seed per target, from the run's seed and the target's name: the same inputs each run.
  let h = SEED;
  for (const c of name) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return fc.sample(arb, { numRuns: RUNS, seed: h });
};

/** The persona that passes authorization for an action row, so inputs reach validation. */
function personaFor(row: ActionRow): Persona {
  if (row.action.includes('sign-out')) return 'anonymous'; // would end the session everyone else uses
  // The account's own actions on the member, whom no other target needs.
  const order: Persona[] = row.action.startsWith('account/')
    ? ['member']
    : ['admin', 'privacy', 'support', 'signatory', 'member', 'anonymous'];
  const refused: ActionOutcome[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];
  const own = (p: Persona) => {
    const value = row.expect[p];
    return typeof value === 'object' ? value.own : value;
  };
  const persona = order.find((p) => !refused.includes(own(p)));
  if (!persona) throw new Error(`no persona passes authorization for ${row.action}`);
  return persona;
}

function actionTargets(ids: Map<string, string>, origin: string): Target[] {
  return matrix
    .filter((row): row is ActionRow => row.kind === 'action')
    .map((row) => {
      const id = ids.get(row.action);
      if (!id) throw new Error(`${row.action} is not in the build's server-reference manifest`);
      return {
        name: row.action,
        auth: personaFor(row),
        kind: 'action' as const,
        inputs: () =>
          sample(actionBodies(row.args(orgIds.current)), row.action).map((b) => ({
            shape: b.shape,
            request: {
              method: 'POST' as const,
              path: row.page,
              headers: { 'Next-Action': id, Origin: origin, 'Content-Type': b.type, Accept: 'text/x-component' },
              body: b.body,
            },
          })),
      };
    });
}

const remoteSession = { orgId: orgIds.current, ticketReference: 'T-1', reason: '', tool: 'TeamViewer', action: 'remote_support' };

function routeTargets(origin: string): Target[] {
  const get = (name: string, auth: Auth, arb: fc.Arbitrary<string>): Target => ({
    name: `GET ${name}`,
    auth,
    kind: 'route',
    inputs: () => sample(arb, `GET ${name}`).map((p) => ({ shape: 'query', request: { method: 'GET', path: p } })),
  });
  const post = (name: string, auth: Auth, arb: fc.Arbitrary<{ path: string; body: Body }>): Target => ({
    name: `POST ${name}`,
    auth,
    kind: 'route',
    inputs: () =>
      sample(arb, `POST ${name}`).map(({ path: p, body }) => ({
        shape: body.shape,
        request: { method: 'POST', path: p, headers: { Origin: origin, 'Content-Type': body.type }, body: body.body },
      })),
  });
  const jsonBody = (valid: Record<string, unknown>) =>
    fc.oneof(
      { weight: 5, arbitrary: fc.tuple(keyOf(Object.keys(valid)), weird).map(([k, v]): Body => ({ ...json({ ...valid, [k]: v }, 'field replaced'), type: 'application/json' })) },
      { weight: 2, arbitrary: fc.dictionary(keyOf(Object.keys(valid)), weird, { maxKeys: 6 }).map((d): Body => ({ ...json(d, 'fields only'), type: 'application/json' })) },
      { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v): Body => ({ ...json(v, 'JSON body'), type: 'application/json' })) },
      { weight: 1, arbitrary: fc.oneof(text, special).map((s): Body => ({ type: 'application/json', body: s, shape: 'raw text' })) },
    );
  const formBody = fc.oneof(
    { weight: 2, arbitrary: fc.constant<Body>({ type: 'application/x-www-form-urlencoded', body: 'List-Unsubscribe=One-Click', shape: 'form' }) },
    {
      weight: 5,
      arbitrary: fc.dictionary(keyOf(['List-Unsubscribe', 'csrfToken', 'email', 'callbackUrl']), queryValue, { maxKeys: 4 }).map(
        (d): Body => ({ type: 'application/x-www-form-urlencoded', body: new URLSearchParams(d).toString(), shape: 'form' }),
      ),
    },
    { weight: 2, arbitrary: fc.array(fc.tuple(keyOf(['List-Unsubscribe']), queryValue.map(wellFormed)), { maxLength: 4 }).map((f): Body => ({ type: 'multipart/form-data; boundary=----fuzz7MA4YWxkTrZu0gW', body: multipart(f, '[]'), shape: 'multipart' })) },
    { weight: 1, arbitrary: fc.oneof(text, special).map((s): Body => ({ type: 'text/plain', body: s, shape: 'raw text' })) },
  );
  const pdfBody = fc.oneof(
    fc.uint8Array({ maxLength: 4096 }).map((b): Body => ({ type: 'application/pdf', body: Buffer.from(b), shape: 'bytes' })),
    fc.tuple(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('%PDF-1.7\n', '%PDF-', '%PDF-2.0\r\n%%EOF')).map(([b, head]): Body => ({ type: 'application/pdf', body: Buffer.concat([Buffer.from(head), Buffer.from(b)]), shape: 'PDF header and bytes' })),
    fc.tuple(fc.oneof(text, special, huge), fc.constantFrom('application/pdf', 'text/plain', 'application/octet-stream')).map(([s, type]): Body => ({ type, body: s, shape: 'text' })),
  );
  const authSegments = fc.oneof(
    fc.constantFrom('session', 'csrf', 'providers', 'signin', 'signin/email', 'signin/oidc', 'signout', 'callback/email', 'callback/oidc', 'verify-request', 'error', 'webauthn-options/x'),
    segment,
    fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/')),
  );
  const token43 = fc.oneof(segment, fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), minLength: 43, maxLength: 43 }));
  const api = (known: string[]) => query(known);
  return [
    get('/api/v1/support/lookup', 'token', withQuery(fc.constant('/api/v1/support/lookup'), ['phone', 'customerNumber', 'email'])),
    get('/api/v1/calls/identify', 'token', withQuery(fc.constant('/api/v1/calls/identify'), ['number', 'callId'])),
    get('/api/v1/register', 'token', withQuery(fc.constant('/api/v1/register'), ['day', 'at'])),
    post('/api/v1/remote-sessions', 'token', fc.tuple(api(['orgId']), jsonBody(remoteSession)).map(([q, body]) => ({ path: `/api/v1/remote-sessions${q ? `?${q}` : ''}`, body }))),
    get('/api/v1/verify', 'anonymous', withQuery(fc.constant('/api/v1/verify'), ['sha256'])),
    post('/api/v1/verify', 'anonymous', pdfBody.map((body) => ({ path: '/api/v1/verify', body }))),
    get('/api/v1/orgs/[orgId]', 'signatory', withQuery(fc.oneof(segment, fc.constant(orgIds.current)).map((s) => `/api/v1/orgs/${s}`), [])),
    get('/api/v1/openapi.json', 'anonymous', withQuery(fc.constant('/api/v1/openapi.json'), [])),
    get('/api/health', 'anonymous', withQuery(fc.constant('/api/health'), [])),
    get('/api/csp-report', 'anonymous', withQuery(fc.constant('/api/csp-report'), [])),
    // Browsers' report formats: the old report-uri body and the Reporting API's list.
    post(
      '/api/csp-report',
      'anonymous',
      fc
        .tuple(
          jsonBody({ 'csp-report': { 'document-uri': 'http://127.0.0.1/x', 'violated-directive': 'script-src-elem', 'blocked-uri': 'inline' } }),
          fc.constantFrom('application/csp-report', 'application/reports+json', 'application/json'),
        )
        .map(([body, type]) => ({ path: '/api/csp-report', body: { ...body, type } })),
    ),
    get('/api/unsubscribe', 'anonymous', withQuery(fc.constant('/api/unsubscribe'), ['token'])),
    post('/api/unsubscribe', 'anonymous', fc.tuple(api(['token']), formBody).map(([q, body]) => ({ path: `/api/unsubscribe${q ? `?${q}` : ''}`, body }))),
    get('/api/auth/[...nextauth]', 'anonymous', withQuery(authSegments.map((s) => `/api/auth/${s}`), ['token', 'email', 'callbackUrl', 'error', 'code', 'state'])),
    post('/api/auth/[...nextauth]', 'anonymous', fc.tuple(authSegments, formBody).map(([s, body]) => ({ path: `/api/auth/${s}`, body }))),
    get('/api/feeds/public/atom', 'anonymous', withQuery(fc.constant('/api/feeds/public/atom'), ['locale', 'lang', 'service'])),
    get('/api/feeds/[token]/atom', 'anonymous', withQuery(token43.map((t) => `/api/feeds/${t}/atom`), ['locale'])),
    get('/api/feeds/[token]/calendar', 'anonymous', withQuery(token43.map((t) => `/api/feeds/${t}/calendar`), ['locale'])),
    get(
      '/api/orgs/[orgId]/agreements/[agreementId]/pdf',
      'signatory',
      withQuery(
        fc.tuple(fc.oneof(segment, fc.constant(orgIds.current)), fc.oneof(segment, fc.constant(seeded.currentAgreementId))).map(([o, a]) => `/api/orgs/${o}/agreements/${a}/pdf`),
        ['download', 'locale'],
      ),
    ),
    get('/account/export', 'member', withQuery(fc.constant('/account/export'), ['format'])),
    get('/staff/audit/export', 'admin', withQuery(fc.constant('/staff/audit/export'), ['action', 'actor', 'target', 'from', 'to', 'q', 'page', 'format'])),
    get('/staff/records/export', 'privacy', withQuery(fc.constant('/staff/records/export'), ['format', 'locale', 'at'])),
    get('/bench-baseline/handler', 'anonymous', withQuery(fc.constant('/bench-baseline/handler'), [])),
    get('/bench-baseline/queries', 'anonymous', withQuery(fc.constant('/bench-baseline/queries'), [])),
  ];
}

// ---------------------------------------------------------------- the run

type Row = {
  auth: Auth;
  inputs: number;
  statuses: Record<string, number>;
  shapes: Record<string, number>;
  fiveXX: number;
  stackTraces: number;
  writesAfterFailure: number;
  /** Failures in batches that wrote nothing at all: checked, no row written. */
  inputsCheckedForWrites: number;
  /** Failures in batches where a successful input wrote rows: not told apart, so not counted as checked. */
  failuresInWritingBatches: number;
  seconds: number;
};

/** The answer's label for the histogram, and whether it is a failure (no writes allowed). */
function classify(kind: Target['kind'], a: Answer): { label: string; failure: boolean; internal: boolean } {
  if (a.error) return { label: `no answer (${a.error})`, failure: false, internal: true };
  if (a.status >= 500) return { label: String(a.status), failure: false, internal: true };
  if (kind === 'action') {
    if (a.headers['x-action-redirect'] || [303, 307].includes(a.status)) return { label: `${a.status} redirect`, failure: false, internal: false };
    const result = a.body.match(/"ok":(true|false)(?:,"error":"(\w+)")?/);
    if (a.status === 200 && result) {
      const code = result[1] === 'true' ? 'ok' : (result[2] ?? 'error');
      return { label: `200 ${code}`, failure: code !== 'ok', internal: code === 'INTERNAL' };
    }
    return { label: String(a.status), failure: a.status >= 400, internal: false };
  }
  // 409 is a business refusal the API records on purpose (remote session without a DPA), not a validation failure.
  return { label: String(a.status), failure: a.status >= 400 && a.status !== 409, internal: false };
}

test('[SECURITY][PROPERTIES]: generated inputs to every server action and route handler: no 5xx, no stack trace, no write after a failure', async ({ browser, baseURL }) => {
  test.setTimeout(45 * 60_000);
  const origin = new URL(baseURL!).origin;
  const project = test.info().project.name;
  const ids = actionIds();
  const all = [...actionTargets(ids, origin), ...routeTargets(origin)];
  // PROPERTY_FUZZ_TARGETS (a regular expression) runs a part, e.g. the rest of a run cut short; the
  // report names how many of all targets ran.
  const only = process.env.PROPERTY_FUZZ_TARGETS ? new RegExp(process.env.PROPERTY_FUZZ_TARGETS) : null;
  const targets = only ? all.filter((t) => only.test(t.name)) : all;

  // Complete: every action of the build and every route handler in app/ is a target.
  expect([...ids.keys()].sort()).toEqual(all.filter((t) => t.kind === 'action').map((t) => t.name).sort());
  const routeNames = new Set(all.filter((t) => t.kind === 'route').map((t) => t.name.replace(/^(GET|POST) /, '')));
  expect(discover().routes.filter((r) => !routeNames.has(r))).toEqual([]);

  // Sessions for the personas the targets need, and the admin's, who makes the API tokens.
  const cookies: Partial<Record<Persona, string>> = {};
  for (const persona of new Set([...targets.map((t) => t.auth), 'admin' as const])) {
    if (persona === 'anonymous' || persona === 'token') continue;
    const context = await browser.newContext({ baseURL });
    const page = await signIn(await context.newPage(), personaEmail[persona], origin);
    cookies[persona] = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    await context.close();
  }
  const adminPost = (name: string, args: unknown[]) =>
    send(origin, {
      method: 'POST',
      path: '/sign-in',
      headers: { 'Next-Action': ids.get(name)!, Origin: origin, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', cookie: cookies.admin! },
      body: JSON.stringify(args),
    });

  // API tokens with every scope, taken in turn: one token allows 120 requests a minute.
  const tokens: string[] = [];
  for (let i = 0; i < 40; i++) {
    const answer = await adminPost('(staff)/staff/api-tokens/actions.ts#createApiTokenAction', [
      { name: `property fuzz ${i}`, scopes: ['support:read', 'calls:identify', 'register:read'] },
    ]);
    const secret = answer.body.match(/"secret":"(dpa_[\w-]+)"/)?.[1];
    if (!secret) throw new Error(`no API token: ${answer.status} ${answer.body.slice(0, 200)}`);
    tokens.push(secret);
  }
  let tokenTurn = 0;

  // The write probe.
  let probe: WriteProbe;
  if (project === 'postgres') {
    const url = new URL(process.env.DATABASE_URL!);
    // e2e/support/create-db.ts: the app's database is "<DATABASE_URL's name>_e2e".
    url.pathname = `/${`${url.pathname.slice(1) || 'postgres'}_e2e`.replace(/[^a-zA-Z0-9_]/g, '_')}`;
    probe = await postgresProbe(url.toString());
  } else {
    // The embedded database belongs to the server process; the audit chain's length is read through
    // the staff action that checks it (which records one event of its own per check, after counting).
    let checks = 0;
    probe = {
      name: 'pglite: audit events (every mutation writes one in its transaction)',
      snapshot: async () => {
        const answer = await adminPost('(staff)/staff/audit/actions.ts#checkAuditChainAction', [{}]);
        const count = Number(answer.body.match(/"count":(\d+)/)?.[1] ?? NaN);
        if (!Number.isFinite(count)) throw new Error(`audit chain check answered ${answer.status}: ${answer.body.slice(0, 200)}`);
        return { audit_events: String(count - checks++) };
      },
      close: async () => {},
    };
  }

  const tally: Record<string, Row> = {};
  const problems: string[] = [];
  const problem = (text: string) => {
    problems.push(text);
    console.log(`PROBLEM ${text.slice(0, 400)}`);
  };
  const started = Date.now();
  const sum = (key: 'inputs' | 'fiveXX' | 'stackTraces' | 'writesAfterFailure' | 'inputsCheckedForWrites' | 'failuresInWritingBatches') => Object.values(tally).reduce((n, r) => n + r[key], 0);
  const reportNow = () => ({
    project,
    seed: SEED,
    runsPerTarget: RUNS,
    inFlight: IN_FLIGHT,
    writeProbe: probe.name,
    targets: targets.length,
    ofAllTargets: all.length,
    targetsDone: Object.keys(tally).length,
    actions: targets.filter((t) => t.kind === 'action').length,
    routes: targets.filter((t) => t.kind === 'route').length,
    inputs: sum('inputs'),
    fiveXX: sum('fiveXX'),
    stackTraces: sum('stackTraces'),
    writesAfterFailure: sum('writesAfterFailure'),
    inputsCheckedForWrites: sum('inputsCheckedForWrites'),
    failuresInWritingBatches: sum('failuresInWritingBatches'),
    seconds: Math.round((Date.now() - started) / 1000),
    perTarget: tally,
  });
  const tallyFile = path.join(process.cwd(), 'test-results', `property-fuzz-${project}.json`);
  const write = () => {
    fs.mkdirSync(path.dirname(tallyFile), { recursive: true });
    fs.writeFileSync(tallyFile, JSON.stringify(reportNow(), null, 2));
  };
  let before: Snapshot = await probe.snapshot();
  let acceptedReports = 0;

  for (const target of targets) {
    const t0 = Date.now();
    const row: Row = (tally[target.name] = { auth: target.auth, inputs: 0, statuses: {}, shapes: {}, fiveXX: 0, stackTraces: 0, writesAfterFailure: 0, inputsCheckedForWrites: 0, failuresInWritingBatches: 0, seconds: 0 });
    const inputs = target.inputs();
    for (let i = 0; i < inputs.length; i += BATCH) {
      const batch = inputs.slice(i, i + BATCH);
      const answers = await pool(batch, IN_FLIGHT, ({ request }) => {
        const auth: Record<string, string> =
          target.auth === 'token'
            ? { Authorization: `Bearer ${tokens[tokenTurn++ % tokens.length]}` }
            : target.auth !== 'anonymous' && cookies[target.auth]
              ? { cookie: cookies[target.auth]! }
              : {};
        return send(origin, { ...request, headers: { ...request.headers, ...auth } });
      });
      let failures = 0;
      answers.forEach((answer, k) => {
        const input = batch[k]!;
        const { label, failure, internal } = classify(target.kind, answer);
        row.inputs++;
        row.statuses[label] = (row.statuses[label] ?? 0) + 1;
        row.shapes[input.shape] = (row.shapes[input.shape] ?? 0) + 1;
        if (target.name === 'POST /api/csp-report' && answer.status === 204) acceptedReports += reportsIn(input.request);
        if (failure) failures++;
        const sent = `${input.request.method} ${input.request.path.slice(0, 160)} ${String(input.request.body ?? '').slice(0, 160)}`;
        if (internal) {
          row.fiveXX++;
          problem(`${target.name}: ${label} for ${sent} -> ${answer.body.slice(0, 200)}`);
        }
        if (stackTrace.test(answer.body)) {
          row.stackTraces++;
          problem(`${target.name}: stack trace for ${sent} -> ${answer.body.match(stackTrace)![0]}`);
        }
      });
      const after = await probe.snapshot();
      const tables = changed(before, after);
      if (tables.length === 0) {
        // Nothing written at all: the failures in this batch certainly wrote nothing.
        row.inputsCheckedForWrites += failures;
      } else if (failures === batch.length) {
        row.writesAfterFailure++;
        problem(`${target.name}: rows written in ${tables.join(', ')} by a batch of ${batch.length} failures (${[...new Set(batch.map((b) => b.shape))].join(', ')})`);
      } else {
        // A success in the batch wrote: which input wrote what cannot be told apart here.
        row.failuresInWritingBatches += failures;
      }
      before = after;
    }
    row.seconds = Math.round((Date.now() - t0) / 100) / 10;
    // Written after every target, so a run cut short still leaves its figures.
    write();
    console.log(`  ${target.name} [${row.auth}] ${row.inputs} in ${row.seconds} s: ${Object.entries(row.statuses).map(([s, n]) => `${s}×${n}`).join(' ')}; failures checked for writes ${row.inputsCheckedForWrites}, not told apart ${row.failuresInWritingBatches}`);
  }
  await probe.close();
  closeAgents();
  // A generated body that happens to be a well-formed report is counted by the app like any other;
  // the suite's CSP figure (e2e/support/figures.ts) expects only deliberate ones, so name these so.
  // Counted as the app counts them: a Reporting API list holds any number of violations (none too).
  if (acceptedReports > 0) {
    fs.mkdirSync(cspTallyDir, { recursive: true });
    const line: CspTally = { test: 'property fuzz: well-formed reports it sent to /api/csp-report', pages: 0, violations: [], deliberate: acceptedReports };
    fs.appendFileSync(path.join(cspTallyDir, `${process.pid}-fuzz.jsonl`), `${JSON.stringify(line)}\n`);
  }
  const report = reportNow();
  write();
  fs.writeFileSync(test.info().outputPath('property-fuzz.json'), JSON.stringify(report, null, 2));

  console.log(
    `property fuzz (${project}): ${report.inputs} inputs to ${report.targets} of ${all.length} targets in ${report.seconds} s; ` +
      `5xx ${report.fiveXX}, stack traces ${report.stackTraces}, writes after failure ${report.writesAfterFailure} ` +
      `(${report.inputsCheckedForWrites} failures checked, ${report.failuresInWritingBatches} in batches a success wrote in; ${probe.name})`,
  );

  expect(problems.slice(0, 50), `${problems.length} problems`).toEqual([]);
  for (const [name, r] of Object.entries(tally)) expect(r.inputs, name).toBeGreaterThanOrEqual(RUNS);
});

/** How many violations /api/csp-report counts for a body it accepted (app/api/csp-report/route.ts). */
function reportsIn(request: Sent): number {
  const type = request.headers?.['Content-Type'] ?? '';
  try {
    return parseCspReport(type, JSON.parse(String(request.body ?? '')))?.length ?? 0;
  } catch {
    return 0;
  }
}
