import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';
import { actionIds, discover } from './support/app-routes';
import { orgIds } from './support/demo-ids';
import { matrix, personaEmail, personas, tokenPersonas, type Env, type Persona, type Row, type Scope } from './authorization-matrix';
import {
  actionOutcome,
  bypassVariants,
  casesOf,
  expected,
  isSignOut,
  judge,
  outcomeOf,
  pool,
  tally,
  type AnyPersona,
  type Case,
  type Outcome,
  type Result,
} from './authorization-run';
import { freePort } from './support/free-port';

// [SECURITY][AUTHORIZATION]: the matrix in authorization-matrix.ts, run against the real app (a
// production build) for every persona and an API token of each scope, on the embedded database
// and, in the 'postgres' project, on PostgreSQL. Pages and route handlers are requested over HTTP;
// server actions are posted the way the browser posts them, with their ids from the build's
// server-reference manifest. Then, on a server of its own (issue 15, items 1 and 2):
//   - every server action with a foreign Origin and with `Origin: null`, proxy disabled: refused,
//     and every table unchanged;
//   - the whole matrix with the proxy disabled (PROXY_DISABLED=1, decision 0120): the pages,
//     handlers and actions deny by themselves;
//   - the matrix with the middleware-bypass variants (authorization-run.ts bypassVariants).
// Figures go to test-results/authorization/<project>.json and the console (docs/assurance.md).

/** Requests in flight at once: enough to finish on a busy two-core machine, few enough to be fair. */
const CONCURRENCY = 8;
const figures: Record<string, unknown> = {};

function writeFigures(project: string) {
  const dir = path.join('test-results', 'authorization');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${project}.json`), `${JSON.stringify(figures, null, 2)}\n`);
}

test('[SECURITY][AUTHORIZATION]: every page, route handler and server action is in the matrix', () => {
  const { pages, routes, actions } = discover();
  const named = (kind: Row['kind']) =>
    matrix.filter((row) => row.kind === kind).map((row) => (row.kind === 'action' ? row.action : row.route));
  expect(pages.sort()).toEqual([...new Set(named('page'))].sort());
  expect(routes.sort()).toEqual([...new Set(named('route'))].sort());
  expect(actions.sort()).toEqual([...new Set(named('action'))].sort());
  // And every action the build knows about is one of them.
  expect([...actionIds().keys()].filter((key) => !actions.includes(key))).toEqual([]);
  // Every /api/v1 endpoint behind a token scope says what each token gets.
  const tokenApi = matrix.filter((row) => row.kind === 'route' && ['/api/v1/support/lookup', '/api/v1/remote-sessions', '/api/v1/calls/identify', '/api/v1/register'].includes(row.route));
  expect(tokenApi.filter((row) => row.kind === 'route' && Object.keys(row.tokens ?? {}).length !== tokenPersonas.length)).toEqual([]);
});

/** The headers a persona sends with every request. */
type Credentials = Partial<Record<AnyPersona, Record<string, string>>>;

/**
 * Runs every case of `personas` × rows (× variants) on `baseURL`, CONCURRENCY at a time; a
 * persona's sign-out cases run after all its others, one by one. Each persona has a request context
 * of its own (cookies the app sets, like the language, stay with it).
 */
async function run(
  baseURL: string,
  env: Env,
  who: AnyPersona[],
  credentials: Credentials,
  variants: (Case['variant'] | undefined)[] = [undefined],
  extra: (c: Case) => Record<string, string> = () => ({}),
  scopesOf: (persona: AnyPersona) => Scope[] = () => ['own', 'other'],
) {
  const origin = new URL(baseURL).origin;
  const ids = actionIds();
  const contexts = new Map<AnyPersona, APIRequestContext>();
  for (const persona of who) contexts.set(persona, await playwrightRequest.newContext({ baseURL }));
  const cases = who.flatMap((persona) => variants.flatMap((variant) => casesOf(matrix, persona, variant, scopesOf(persona))));
  const send = async (c: Case): Promise<Result> => {
    const want = expected(c.row, c.persona, c.scope, env);
    const got = await outcomeOf(contexts.get(c.persona)!, c, origin, ids, { ...credentials[c.persona], ...extra(c) });
    return { ...c, want, got, verdict: judge(want, got, c.variant?.accepted) };
  };
  const results = await pool(cases.filter((c) => !isSignOut(c.row)), CONCURRENCY, send);
  for (const c of cases.filter((c) => isSignOut(c.row))) results.push(await send(c));
  for (const context of contexts.values()) await context.dispose();
  return results;
}

test('[SECURITY][AUTHORIZATION]: every persona and API token gets exactly the outcome the matrix names; session cookies are HttpOnly and SameSite=Lax', async ({ browser, baseURL }) => {
  // Some 1,400 requests; generous, so a busy shared machine does not fail it (a timing goal is no test).
  test.setTimeout(1_200_000);
  const origin = new URL(baseURL!).origin;
  const probe = await playwrightRequest.newContext({ baseURL });
  const env: Env = {
    mailbox: (await probe.get('/dev/mailbox')).status() === 200,
    // playwright.config.ts: the 'postgres' project runs the app on PostgreSQL, every other one embedded.
    embedded: test.info().project.name !== 'postgres',
  };

  // Each persona signs in by mail, as a person does; the cookies are checked as the browser got them.
  const credentials: Credentials = { anonymous: {} };
  const cookieProblems: string[] = [];
  for (const persona of personas.filter((p): p is Exclude<Persona, 'anonymous'> => p !== 'anonymous')) {
    const context = await browser.newContext({ baseURL });
    const page = await signIn(await context.newPage(), personaEmail[persona], origin);
    const cookies = await page.context().cookies();
    const session = cookies.filter((c) => /^authjs\./.test(c.name));
    if (!session.some((c) => c.name === 'authjs.session-token')) cookieProblems.push(`${persona}: no authjs.session-token`);
    for (const c of session) {
      // http APP_URL here: no Secure flag and no __Secure- prefix (the https case: production-server.spec.ts).
      if (!c.httpOnly || !['Lax', 'Strict'].includes(c.sameSite) || c.secure) cookieProblems.push(`${persona}: ${c.name} httpOnly=${c.httpOnly} sameSite=${c.sameSite} secure=${c.secure}`);
    }
    credentials[persona] = { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
    await context.close();
  }
  expect(cookieProblems).toEqual([]);

  // One token per scope, created the way an admin does on /staff/api-tokens.
  const create = actionIds().get('(staff)/staff/api-tokens/actions.ts#createApiTokenAction')!;
  for (const persona of tokenPersonas) {
    const scope = persona.slice('token:'.length);
    const answer = await probe.post('/staff/api-tokens', {
      headers: { 'Next-Action': create, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: origin, ...credentials.admin },
      data: JSON.stringify([{ name: `authorization matrix ${scope} ${Date.now()}`, scopes: [scope] }]),
    });
    const secret = (await answer.text()).match(/"secret":"(dpa_[\w-]+)"/)?.[1];
    expect(secret, `token ${scope} created`).toBeTruthy();
    credentials[persona] = { Authorization: `Bearer ${secret}` };
  }
  await probe.dispose();

  const results = await run(baseURL!, env, [...personas, ...tokenPersonas], credentials);
  const { groups, mismatches } = tally(results, (r) => r.persona);
  figures.matrix = groups;
  writeFigures(test.info().project.name);
  console.log(`[authorization] ${test.info().project.name} matrix:`, JSON.stringify(groups));
  expect(mismatches, `${mismatches.length} of ${results.length} checks failed`).toEqual([]);
  expect(results.length).toBeGreaterThan(900);
});

// ------------------------------------------------------------------ a server of its own

const tsx = path.join('node_modules', '.bin', 'tsx');

test.describe('replays on a server of its own', () => {
  test.describe.configure({ mode: 'serial' });

  let origin = '';
  let env: NodeJS.ProcessEnv = { NODE_ENV: 'production' };
  let app: ChildProcess | null = null;
  let seeded: { sessions: Record<'replay' | 'bypass', Record<string, string>>; tokens: Record<string, string> };
  let before: Record<string, unknown> = {};
  let matrixEnv: Env;

  const db = (step: 'seed' | 'counts') => {
    const result = spawnSync(tsx, ['--conditions=react-server', 'e2e/support/authz-db.ts', step], { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`authz-db ${step}: ${result.stderr}`);
    return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
  };

  const start = async (proxyDisabled: boolean) => {
    app = spawn(process.execPath, ['server.mjs'], { env: { ...env, PROXY_DISABLED: proxyDisabled ? '1' : '' }, stdio: ['ignore', 'ignore', 'inherit'] });
    const deadline = Date.now() + 180_000;
    for (;;) {
      const up = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
      if (up) break;
      if (Date.now() > deadline || app.exitCode !== null) throw new Error('the app did not start');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // The switch is really on (or off): only the proxy gives a page a CSP with a nonce.
    const csp = (await fetch(`${origin}/sign-in`)).headers.get('content-security-policy') ?? '';
    expect(/'nonce-/.test(csp), `PROXY_DISABLED=${proxyDisabled ? 1 : 0}, CSP: ${csp}`).toBe(!proxyDisabled);
    matrixEnv = { mailbox: (await fetch(`${origin}/dev/mailbox`, { redirect: 'manual' })).status === 200, embedded: !env.DATABASE_URL };
  };

  const stop = async () => {
    const running = app;
    app = null;
    if (!running || running.exitCode !== null) return;
    await new Promise((resolve) => {
      running.once('exit', resolve);
      running.kill('SIGTERM');
    });
  };

  const credentialsFor = (set: 'replay' | 'bypass'): Credentials => ({
    anonymous: {},
    ...Object.fromEntries(Object.entries(seeded.sessions[set]).map(([persona, token]) => [persona, { cookie: `authjs.session-token=${token}` }])),
    ...Object.fromEntries(Object.entries(seeded.tokens).map(([scope, secret]) => [`token:${scope}`, { Authorization: `Bearer ${secret}` }])),
  });

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const dir = path.resolve('.data', `authorization-${port}`);
    fs.rmSync(dir, { recursive: true, force: true });
    env = {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      APP_URL: origin,
      AUTH_SECRET: 'authorization-replay-only-secret-0123456789',
      MAIL_WORKER: 'off',
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_PORTS!.split(' ')[0]}`,
      MAIL_FROM: 'DPA-Portal <dpa-portal@nordwind-it.example>',
      SIGNIN_LIMIT_PER_IP: '100000',
      SIGNIN_LIMIT_PER_ADDRESS: '100000',
      API_RATE_LIMIT_PER_MINUTE: '100000',
      // One proxy hop: the bypass replay names a client address per persona and variant, so the
      // verify page's limit per address (60 in 15 minutes) counts each of them apart.
      TRUSTED_PROXIES: '1',
    };
    if (test.info().project.name === 'postgres') {
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${url.pathname.slice(1) || 'postgres'}_replay`;
      env.DATABASE_URL = url.toString();
    } else {
      delete env.DATABASE_URL;
      env.PGLITE_DIR = path.join(dir, 'pglite');
    }
    seeded = db('seed') as typeof seeded;
    before = db('counts');
  });

  test.afterAll(async () => {
    await stop();
  });

  test('[SECURITY][CROSS_SITE]: every server action posted with a foreign Origin, Origin: null or none is refused and changes nothing, with and without the proxy', async () => {
    test.setTimeout(600_000);
    const ids = actionIds();
    const credentials = credentialsFor('replay');
    const actions = matrix.filter((row): row is Extract<Row, { kind: 'action' }> => row.kind === 'action');
    const sentOrigins = ['https://evil.example', 'null', 'none'] as const;
    // The rule is checked before anyone is authenticated: a visitor, a customer and an admin suffice.
    const senders = ['anonymous', 'signatory', 'admin'] as const;
    const posts = senders.flatMap((persona) => actions.flatMap((row) => sentOrigins.map((sentOrigin) => ({ persona, row, sentOrigin }))));
    const problems: string[] = [];
    let snapshot = before;
    figures.crossSite = {};
    // Without the proxy first: then only the pages, Next.js and lib/core/action.ts stand in the way.
    for (const proxyDisabled of [true, false]) {
      await start(proxyDisabled);
      const context = await playwrightRequest.newContext({ baseURL: origin });
      const answers = await pool(posts, CONCURRENCY, async ({ persona, row, sentOrigin }) => {
        // The matrix's arguments for the persona's own organisation. The same-origin rule is checked
        // before the input (lib/core/action.ts), so an action that let the request through answers
        // VALIDATION, 'ok' or a redirect, never FORBIDDEN.
        const response = await context.post(row.page, {
          headers: {
            'Next-Action': ids.get(row.action)!,
            'Content-Type': 'text/plain;charset=UTF-8',
            Accept: 'text/x-component',
            ...(sentOrigin === 'none' ? {} : { Origin: sentOrigin }),
            ...credentials[persona],
          },
          data: JSON.stringify(row.args(orgIds.current)),
          maxRedirects: 0,
        });
        const body = await response.text();
        let got: Outcome;
        try {
          got = actionOutcome(row.action, response.status(), response.headers(), body);
        } catch {
          got = response.status();
        }
        // Refused: the action's FORBIDDEN (lib/core/action.ts) or a 4xx before it ran (proxy.ts,
        // or server.mjs for a foreign Origin when there is no proxy); never a 5xx. Form actions
        // that return nothing (the language switch, sign-out) ran only if they set a cookie.
        const status = typeof got === 'number' ? got : 0;
        const voidAction = got === 'ok' && !/"ok":/.test(body);
        const refused = got === 'FORBIDDEN' || (status >= 400 && status < 500) || (voidAction && !response.headers()['set-cookie']);
        if (voidAction && refused) got = 'no effect';
        return { persona, action: row.action, sentOrigin, got, refused };
      });
      await context.dispose();
      await stop();
      const after = db('counts');

      const mode = proxyDisabled ? 'proxy disabled' : 'proxy on';
      const answersByOrigin = Object.fromEntries(
        sentOrigins.map((sent) => {
          const counted: Record<string, number> = {};
          for (const a of answers.filter((x) => x.sentOrigin === sent)) counted[String(a.got)] = (counted[String(a.got)] ?? 0) + 1;
          return [sent, counted];
        }),
      );
      const changed = Object.keys({ ...snapshot, ...after }).filter((table) => snapshot[table] !== after[table]);
      (figures.crossSite as Record<string, unknown>)[mode] = {
        posts: answers.length,
        refused: answers.filter((a) => a.refused).length,
        answers: answersByOrigin,
        tablesCompared: Object.keys(after).length - 1,
        tablesChanged: changed,
      };
      problems.push(...answers.filter((a) => !a.refused).map((a) => `${mode}: ${a.persona} × ${a.action} with Origin ${a.sentOrigin}: ${a.got}`));
      problems.push(...changed.map((table) => `${mode}: ${table}: ${String(snapshot[table])} -> ${String(after[table])}`));
      expect(answers.length).toBe(senders.length * actions.length * sentOrigins.length);
      snapshot = after;
    }
    writeFigures(test.info().project.name);
    console.log(`[authorization] ${test.info().project.name} cross-site:`, JSON.stringify(figures.crossSite));
    expect(problems).toEqual([]);
  });

  test('[SECURITY][AUTHORIZATION]: proxy disabled, every persona and API token still gets exactly the outcome the matrix names', async () => {
    test.setTimeout(1_200_000);
    await start(true);
    const results = await run(origin, matrixEnv, [...personas, ...tokenPersonas], credentialsFor('replay'));
    await stop();
    const { groups, mismatches } = tally(results, (r) => r.persona);
    figures.proxyDisabled = groups;
    writeFigures(test.info().project.name);
    console.log(`[authorization] ${test.info().project.name} proxy disabled:`, JSON.stringify(groups));
    expect(mismatches, `${mismatches.length} of ${results.length} checks failed`).toEqual([]);
    expect(results.length).toBeGreaterThan(900);
  });

  test('[SECURITY][AUTHORIZATION]: no middleware-bypass variant changes an outcome (anonymous, member against another organisation, support)', async () => {
    // Some 3,500 requests; generous, so a busy shared machine does not fail it.
    test.setTimeout(1_800_000);
    await start(false);
    const who: AnyPersona[] = ['anonymous', 'member', 'support'];
    // A client address per persona and variant (TRUSTED_PROXIES=1 above), for the verify limit.
    const address = (c: Case) => `198.51.100.${who.indexOf(c.persona) * bypassVariants.length + bypassVariants.indexOf(c.variant!) + 1}`;
    const results = await run(origin, matrixEnv, who, credentialsFor('bypass'), bypassVariants, (c) => ({ 'X-Forwarded-For': address(c) }), (persona) =>
      persona === 'member' ? ['other'] : ['own', 'other'],
    );
    await stop();
    const { groups, mismatches } = tally(results, (r) => r.variant!.name);
    figures.bypass = groups;
    writeFigures(test.info().project.name);
    console.log(`[authorization] ${test.info().project.name} bypass variants:`, JSON.stringify(groups));
    expect(mismatches.filter((m) => m.startsWith('unexpected allow')), 'unexpected allows').toEqual([]);
    expect(mismatches, `${mismatches.length} of ${results.length} checks differ`).toEqual([]);
    expect(results.length).toBeGreaterThan(2500);
  });
});
