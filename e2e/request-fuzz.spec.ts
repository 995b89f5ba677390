import fs from 'node:fs';
import http from 'node:http';
import { request as playwrightRequest, type APIRequestContext, type APIResponse } from '@playwright/test';
import { actionsWithPage, discover } from './support/app-routes';
import { orgIds } from './support/demo-ids';
import { expect, signIn, test, type DemoRole } from './support/fixtures';

// [SECURITY][REQUESTS]: what an outside test sent (issue 7, item 6), over HTTP against the
// production server (server.mjs), as an anonymous visitor and as signed-in customers and staff.
// Every answer must be below 500, carry no stack trace, and carry the security headers. Routes and
// actions are discovered from app/ and the build, so a new page is covered the day it is added.
// The tally per request class is printed and written to request-fuzz.json (docs/assurance.md).

type Persona = 'anonymous' | DemoRole;
const personas: Persona[] = ['anonymous', 'signatory', 'privacy', 'admin'];

/** Ids a URL may carry instead of a UUID. */
const badIds = ['not-a-uuid', '0', "1'%20OR%20'1'%3D'1", '00000000-0000-0000-0000-00000000000g', 'x'.repeat(300), '%E2%80%AE1234'];
const unknownUuid = '7c9e6679-7425-40de-944b-e07fc1f0b4e1';
/** Query values: NUL, other controls, a bidi override, broken and overlong UTF-8, %ZZ. */
const badQueryValues = ['%00', 'a%00b', '%01', '%1B%5B31m', '%7F', '%E2%80%AE', '%C0%AF', '%ZZ', '%FF'];
const queryKeys = ['q', 'page', 'status', 'at', 'callbackUrl', 'error', 'done', 'created', 'left', 'right', 'token', 'sha256'];
const badPathPieces = ['%ZZ', '%C0%AF', '%E0%A4%A', '%FF', '%00', '%0A', '%E2%80%AE', '%'];

/** What Next.js decodes before our code runs; React's reply format with parts that do not exist. */
const badActionBodies: { name: string; type: string; body: string | Buffer }[] = [
  { name: 'not JSON', type: 'text/plain;charset=UTF-8', body: '{not json' },
  { name: 'empty', type: 'text/plain;charset=UTF-8', body: '' },
  { name: 'not a list', type: 'text/plain;charset=UTF-8', body: '1' },
  { name: 'null', type: 'text/plain;charset=UTF-8', body: 'null' },
  { name: 'missing chunk', type: 'text/plain;charset=UTF-8', body: '"$@1"' },
  { name: 'missing map', type: 'text/plain;charset=UTF-8', body: '["$Q1"]' },
  { name: 'temporary reference', type: 'text/plain;charset=UTF-8', body: '["$T"]' },
  { name: 'server reference', type: 'text/plain;charset=UTF-8', body: '["$h1"]' },
  { name: 'bad bigint', type: 'text/plain;charset=UTF-8', body: '["$n1x"]' },
  { name: 'deep nesting', type: 'text/plain;charset=UTF-8', body: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  { name: 'wrong types', type: 'text/plain;charset=UTF-8', body: '[{"orgId":"not-a-uuid","email":7,"file":{}}]' },
  { name: 'JSON content type', type: 'application/json', body: '{"a":' },
  { name: 'url-encoded', type: 'application/x-www-form-urlencoded', body: 'a=%ZZ&b' },
  { name: 'multipart without boundary', type: 'multipart/form-data', body: 'garbage' },
  { name: 'multipart cut off', type: 'multipart/form-data; boundary=XX', body: '--XX\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]' },
  { name: 'multipart bad header', type: 'multipart/form-data; boundary=XX', body: '--XX\r\nbroken\r\n\r\nx\r\n--XX--\r\n' },
  { name: 'multipart without root', type: 'multipart/form-data; boundary=XX', body: '--XX\r\nContent-Disposition: form-data; name="1_email"\r\n\r\na@b.example\r\n--XX--\r\n' },
  { name: 'multipart bad root', type: 'multipart/form-data; boundary=XX', body: '--XX\r\nContent-Disposition: form-data; name="0"\r\n\r\n{bad\r\n--XX--\r\n' },
  { name: 'form post bad reference', type: 'multipart/form-data; boundary=XX', body: '--XX\r\nContent-Disposition: form-data; name="$ACTION_REF_1"\r\n\r\n\r\n--XX\r\nContent-Disposition: form-data; name="$ACTION_1:0"\r\n\r\n{"id":"x","bound":"$@1"}\r\n--XX--\r\n' },
];

const stackTrace = /\n\s+at [^\n]+:\d+:\d+|node_modules|webpack-internal|\[turbopack\]|Error: [^\n]*\n\s+at /;

type Tally = Record<string, { requests: number; statuses: Record<string, number> }>;

function fill(route: string, values: Record<string, string>): string {
  return route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_m, name: string) => values[name] ?? unknownUuid);
}

/** A POST with Transfer-Encoding: chunked, which Playwright's request API does not send. */
async function chunkedPost(url: string, actionId: string, bytes: number): Promise<APIResponse> {
  const boundary = 'fuzzboundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="_1_file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`;
  const tail = `\r\n--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null,"$K1"]\r\n--${boundary}--\r\n`;
  const answer = await new Promise<{ status: number; headers: Record<string, string>; body: string }>((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      headers: { 'Next-Action': actionId, Origin: new URL(url).origin, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    });
    request.on('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers as Record<string, string>, body }));
    });
    // The server may answer and close before the whole body is sent; that is an answer, not an error.
    request.on('error', (error) => (request.writableEnded ? undefined : reject(error)));
    request.write(head);
    const chunk = Buffer.alloc(1024 * 1024);
    for (let sent = 0; sent < bytes; sent += chunk.length) request.write(chunk);
    request.end(tail);
  });
  return {
    status: () => answer.status,
    headers: () => answer.headers,
    text: async () => answer.body,
  } as unknown as APIResponse;
}

function paramsOf(route: string): string[] {
  return [...route.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1]!);
}

const validIds = { orgId: orgIds.current };

test('[SECURITY][REQUESTS]: malformed requests of every class get 4xx or a field message, never a 500', async ({ browser, baseURL }) => {
  test.setTimeout(600_000);
  const origin = new URL(baseURL!).origin;
  const { pages, routes } = discover();
  const actions = actionsWithPage();
  const tally: Tally = {};
  const failures: string[] = [];

  async function check(cls: string, label: string, send: () => Promise<APIResponse>, expectStatus?: number[], bodyContains?: string) {
    const response = await send();
    const status = response.status();
    const body = await response.text();
    const headers = response.headers();
    const entry = (tally[cls] ??= { requests: 0, statuses: {} });
    entry.requests++;
    entry.statuses[status] = (entry.statuses[status] ?? 0) + 1;
    const problems = [
      status >= 500 ? `status ${status}` : null,
      expectStatus && !expectStatus.includes(status) ? `status ${status}, expected ${expectStatus.join('/')}` : null,
      stackTrace.test(body) ? 'stack trace in the body' : null,
      headers['x-content-type-options'] !== 'nosniff' ? 'no X-Content-Type-Options' : null,
      !/frame-ancestors 'none'/.test(headers['content-security-policy'] ?? '') ? 'no Content-Security-Policy' : null,
      !headers['referrer-policy'] ? 'no Referrer-Policy' : null,
      bodyContains && !body.includes(bodyContains) ? `no "${bodyContains}" in the answer` : null,
    ].filter(Boolean);
    if (problems.length) failures.push(`${cls}: ${label} -> ${problems.join(', ')}: ${body.slice(0, 120)}`);
  }

  for (const persona of personas) {
    let cookie = '';
    if (persona !== 'anonymous') {
      const context = await browser.newContext({ baseURL });
      const page = await signIn(await context.newPage(), persona, origin);
      cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      await context.close();
    }
    const api: APIRequestContext = await playwrightRequest.newContext({
      baseURL,
      extraHTTPHeaders: cookie ? { cookie } : {},
    });
    const get = (url: string) => () => api.get(url, { maxRedirects: 0 });

    // 1. Every parametrised page and route handler with each id replaced by a non-UUID, one at a time.
    for (const route of [...pages, ...routes].filter((r) => r.includes('['))) {
      for (const param of paramsOf(route)) {
        for (const bad of badIds) {
          const url = fill(route, { ...validIds, [param]: bad });
          await check('non-UUID ids in parametrised routes', `${persona} GET ${url}`, get(url));
        }
      }
    }

    // 2. Control characters, a bidi override and broken UTF-8 in the query of every page.
    for (const route of pages) {
      const path = fill(route, validIds);
      for (const value of badQueryValues) {
        const query = queryKeys.map((key) => `${key}=${value}`).join('&');
        const controls = /%(0[0-8BCEF]|1[0-9A-F]|7F)/i.test(value);
        await check('NUL, control and bidi characters in queries', `${persona} GET ${path}?…=${value}`, get(`${path}?${query}`), controls ? [400] : undefined);
      }
    }

    // 3. Invalid percent-encoding and control characters in paths, at the start and under each page.
    for (const route of [...pages, ...routes]) {
      const path = fill(route, validIds).replace(/\/$/, '');
      for (const piece of badPathPieces) {
        const expectStatus = piece === '%E2%80%AE' ? undefined : [400];
        await check('invalid percent-encoding and controls in paths', `${persona} GET ${path}/${piece}`, get(`${path}/${piece}`), expectStatus);
      }
    }
    for (const piece of badPathPieces.filter((p) => p !== '%E2%80%AE')) {
      await check('invalid percent-encoding and controls in paths', `${persona} GET /${piece}/x`, get(`/${piece}/x`), [400]);
    }

    // 4. Every server action with bodies Next.js cannot decode (with our Origin, so only the body is wrong).
    for (const action of actions) {
      const path = fill(action.page, validIds);
      // Sign-out with a well-formed body would end this persona's session for the rest of the run.
      for (const bad of badActionBodies.filter((b) => !(b.name === 'wrong types' && action.name.includes('sign-out')))) {
        const isFormPost = bad.name.startsWith('form post');
        await check(
          'invalid server-action bodies',
          `${persona} ${action.name} ${bad.name}`,
          () =>
            api.post(path, {
              headers: { ...(isFormPost ? {} : { 'Next-Action': action.id }), 'Content-Type': bad.type, Origin: origin, Accept: 'text/x-component' },
              data: bad.body,
              maxRedirects: 0,
            }),
          bad.name === 'wrong types' ? [200] : bad.name === 'url-encoded' ? [400, 404] : [400],
        );
      }
      // 5. Without an Origin, or with another site's: refused before anything runs.
      for (const foreign of [undefined, 'https://evil.example', 'null']) {
        await check(
          'server actions without our Origin',
          `${persona} ${action.name} Origin ${foreign ?? '(none)'}`,
          () =>
            api.post(path, {
              headers: { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8', ...(foreign ? { Origin: foreign } : {}) },
              data: '[{}]',
              maxRedirects: 0,
            }),
          [403],
        );
      }
    }
    await api.dispose();
  }

  // 6. Uploads to the verify page: over the body limit -> 413; a file over 10 MB within it -> a field message.
  const verify = actions.find((a) => a.name.endsWith('#verifyDocumentAction'))!;
  const api = await playwrightRequest.newContext({ baseURL });
  const upload = (bytes: number) => () => {
    // As the browser sends it: the form's fields ("_1_…"), then the argument list referring to them.
    const form = new FormData();
    form.append('_1_file', new File([Buffer.from('%PDF-1.7\n'), Buffer.alloc(bytes)], 'gross.pdf', { type: 'application/pdf' }));
    form.append('0', '[null,"$K1"]');
    return api.post('/verify', { headers: { 'Next-Action': verify.id, Origin: origin, Accept: 'text/x-component' }, multipart: form, maxRedirects: 0 });
  };
  await check('oversize uploads', 'verify: 11 MB body', upload(11 * 1024 * 1024 + 1), [413]);
  await check('oversize uploads', 'verify: file over 10 MB', upload(10 * 1024 * 1024), [200], 'größer als 10 MB');
  // The same over-limit body without a length (chunked): nothing to refuse up front.
  await check('oversize uploads', 'verify: 12 MB chunked', () => chunkedPost(`${origin}/verify`, verify.id, 12 * 1024 * 1024), [400]);

  // 7. NUL and bidi characters in text fields of a real form: removed, or refused with a field message.
  const signInAction = actions.find((a) => a.name.endsWith('#requestSignInLinkAction'))!;
  const post = (data: string) => () =>
    api.post('/sign-in', { headers: { 'Next-Action': signInAction.id, 'Content-Type': 'text/plain;charset=UTF-8', Origin: origin }, data });
  await check('NUL and bidi characters in text fields', 'sign-in email with NUL', post(JSON.stringify([{ email: 'no\u0000body@unknown.example' }])), [200]);
  await check('NUL and bidi characters in text fields', 'sign-in email with U+202E', post(JSON.stringify([{ email: '\u202eelpmaxe.nwonknu@ydobon' }])), [200], 'Schreibrichtung');
  await api.dispose();

  const total = Object.values(tally).reduce((sum, c) => sum + c.requests, 0);
  const fiveHundreds = Object.values(tally).reduce((sum, c) => sum + Object.entries(c.statuses).filter(([s]) => Number(s) >= 500).reduce((n, [, k]) => n + k, 0), 0);
  const report = { total, fiveHundreds, classes: tally };
  console.log(`request fuzz: ${total} requests, ${fiveHundreds} × 5xx\n${JSON.stringify(tally, null, 2)}`);
  fs.writeFileSync(test.info().outputPath('request-fuzz.json'), JSON.stringify(report, null, 2));
  expect(failures, `${failures.length} of ${total} requests failed`).toEqual([]);
  expect(total).toBeGreaterThan(1000);
});
