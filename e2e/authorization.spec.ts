import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';
import { actionIds, discover } from './support/app-routes';
import { orgIds } from './support/demo-ids';
import { matrix, personaEmail, personas, type Persona, type Row, type Scope } from './authorization-matrix';
import type { Env } from './matrix/types';

// [SECURITY][AUTHORIZATION]: the matrix in authorization-matrix.ts, run against the real app (a
// production build) for every persona, on the embedded database and, in the 'postgres' project,
// on PostgreSQL. Pages and route handlers are requested over HTTP; server actions are posted the way
// the browser posts them, with their ids from the build's server-reference manifest.

test('[SECURITY][AUTHORIZATION]: every page, route handler and server action is in the matrix', () => {
  const { pages, routes, actions } = discover();
  const named = (kind: Row['kind']) =>
    matrix.filter((row) => row.kind === kind).map((row) => (row.kind === 'action' ? row.action : row.route));
  expect(pages.sort()).toEqual([...new Set(named('page'))].sort());
  expect(routes.sort()).toEqual([...new Set(named('route'))].sort());
  expect(actions.sort()).toEqual([...new Set(named('action'))].sort());
  // And every action the build knows about is one of them.
  expect([...actionIds().keys()].filter((key) => !actions.includes(key))).toEqual([]);
});

type Outcome = string | number;

function expected(row: Row, persona: Persona, scope: Scope, env: Env): Outcome {
  const table = row.kind === 'page' ? row.expect(env) : row.expect;
  const value = table[persona] as Outcome | { own: Outcome; other: Outcome };
  return typeof value === 'object' ? value[scope === 'other' ? 'other' : 'own'] : value;
}

async function outcomeOf(api: APIRequestContext, row: Row, orgId: string, origin: string, ids: Map<string, string>) {
  if (row.kind === 'page') {
    const path = (row.path ?? row.route).replace('[orgId]', orgId).replace('{orgId}', orgId);
    if (/\[\w+\]/.test(path)) throw new Error(`page row ${row.route} needs a path with real ids`);
    const response = await api.get(path, { maxRedirects: 0 });
    if ([301, 302, 303, 307, 308].includes(response.status())) {
      return /\/sign-in/.test(response.headers().location ?? '') ? 'signin' : 'redirect';
    }
    return response.status();
  }
  if (row.kind === 'route') {
    const url = row.path.replace('{orgId}', orgId);
    const response = row.method === 'GET' ? await api.get(url, { maxRedirects: 0 }) : await api.post(url, { maxRedirects: 0 });
    return response.status();
  }
  const id = ids.get(row.action);
  if (!id) throw new Error(`action ${row.action} is not in the build's server-reference manifest`);
  const response = await api.post(row.page, {
    headers: {
      'Next-Action': id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: origin,
    },
    data: JSON.stringify(row.args(orgId)),
    maxRedirects: 0,
  });
  if (response.headers()['x-action-redirect'] || [303, 307].includes(response.status())) return 'redirect';
  const body = await response.text();
  const result = body.match(/"ok":(true|false)(?:,"error":"(\w+)")?/);
  // A form action that returns nothing (the language switch) answers 200 with no result object.
  if (!result && response.status() === 200) return 'ok';
  if (!result) throw new Error(`action ${row.action} answered ${response.status()}: ${body.slice(0, 200)}`);
  return result[1] === 'true' ? 'ok' : result[2]!;
}

test('[SECURITY][AUTHORIZATION]: every persona gets exactly the outcome the matrix names', async ({ browser, baseURL }) => {
  // Some 900 requests; generous, so a busy shared machine does not fail it (a timing goal is no test).
  test.setTimeout(900_000);
  const origin = new URL(baseURL!).origin;
  const health = await (await playwrightRequest.newContext({ baseURL })).get('/dev/mailbox');
  const mailbox = health.status() === 200;
  // playwright.config.ts: the 'postgres' project runs the app on PostgreSQL, every other one embedded.
  const embedded = test.info().project.name !== 'postgres';
  const ids = actionIds();
  const failures: string[] = [];
  let checked = 0;

  // Sign-out ends the persona's session, so it runs last.
  const rows = [...matrix].sort((a, b) => Number(a.kind === 'action' && a.action.includes('sign-out')) - Number(b.kind === 'action' && b.action.includes('sign-out')));

  for (const persona of personas) {
    let cookie = '';
    if (persona !== 'anonymous') {
      const context = await browser.newContext({ baseURL });
      const page = await signIn(await context.newPage(), personaEmail[persona], origin);
      cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      await context.close();
    }
    const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: cookie ? { cookie } : {} });
    for (const row of rows) {
      const scopes: Scope[] = row.scoped ? ['own', 'other'] : ['none'];
      for (const scope of scopes) {
        const orgId = scope === 'other' ? orgIds.none : orgIds.current;
        const want = expected(row, persona, scope, { mailbox, embedded });
        const got = await outcomeOf(api, row, orgId, origin, ids);
        checked++;
        if (got !== want) {
          const name = row.kind === 'action' ? row.action : row.route;
          failures.push(`${persona} × ${row.kind} ${name} (${scope}): expected ${want}, got ${got}`);
        }
      }
    }
    await api.dispose();
  }
  expect(failures, `${failures.length} of ${checked} checks failed`).toEqual([]);
  expect(checked).toBeGreaterThan(50);
});
