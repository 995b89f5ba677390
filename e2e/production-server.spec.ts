import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { actionsWithPage } from './support/app-routes';
import { orgIds } from './support/demo-ids';
import { demoAccounts, expect, linksIn, mailsTo, test, waitForMail } from './support/fixtures';

// [SECURITY][PRODUCTION]: the portal as a deployment runs it behind a proxy that terminates TLS:
// APP_URL is https://…, the app itself is reached over http and nobody sets X-Forwarded-Proto, and
// clients write what they like into X-Forwarded-For. A server of its own (server.mjs, fresh
// embedded database), so the low sign-in limit and the signature below touch no other spec.
// Everything here is about status codes, headers and cookies, so it speaks HTTP, not Chromium.

const SIGNIN_LIMIT_PER_IP = 3;
let server: ChildProcess;
let origin = '';
let api: APIRequestContext;

function freePort(): number {
  return Number(execFileSync(process.execPath, ['e2e/support/free-ports.mjs', '1'], { encoding: 'utf8' }).trim());
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const port = freePort();
  origin = `http://127.0.0.1:${port}`;
  const smtpPort = process.env.E2E_PORTS!.split(' ')[0]!;
  server = spawn(process.execPath, ['e2e/support/start-app.mjs', 'pglite', String(port)], {
    env: {
      ...process.env,
      APP_URL: `https://127.0.0.1:${port}`,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      AUTH_SECRET: 'e2e-only-secret-production-server-0123456789',
      SIGNIN_LIMIT_PER_IP: String(SIGNIN_LIMIT_PER_IP),
      SIGNIN_LIMIT_PER_ADDRESS: '1000',
      MAIL_FROM: 'DPA-Portal <dpa-portal@nordwind-it.example>',
    },
    stdio: 'ignore',
    detached: true,
  });
  api = await playwrightRequest.newContext({ baseURL: origin });
  const deadline = Date.now() + 200_000;
  for (;;) {
    const health = await api.get('/api/health').catch(() => null);
    if (health?.ok()) break;
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    if (Date.now() > deadline) throw new Error('the server did not become healthy');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

test.afterAll(async () => {
  await api?.dispose();
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

const publicOrigin = () => origin.replace('http:', 'https:');
const signInActionId = () => actionsWithPage().find((a) => a.name.endsWith('#requestSignInLinkAction'))!.id;

/** Asks for a sign-in link the way the form does, from the public origin. */
function askForLink(email: string, headers: Record<string, string> = {}) {
  return api.post('/sign-in', {
    headers: { 'Next-Action': signInActionId(), 'Content-Type': 'text/plain;charset=UTF-8', Origin: publicOrigin(), ...headers },
    data: JSON.stringify([{ email }]),
  });
}

/** Signs in over HTTP through the mail link; returns the session cookie as the server set it. */
async function signInOverHttp(email: string) {
  const before = Math.max(0, ...(await mailsTo(email)).map((m) => m.id));
  expect((await askForLink(email)).status()).toBe(200);
  const mail = await waitForMail(email, publicOrigin(), before);
  const link = new URL(linksIn(mail, publicOrigin()).find((l) => l.includes('token='))!);
  // A context of its own: the shared one must stay anonymous.
  const browserless = await playwrightRequest.newContext({ baseURL: origin });
  const opened = await browserless.get(`${link.pathname}${link.search}`, { maxRedirects: 0 });
  await browserless.dispose();
  const cookie = opened.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.includes('session-token='))?.value ?? '';
  return { status: opened.status(), location: opened.headers().location ?? '', cookie, pair: cookie.split(';')[0]! };
}

test('[SECURITY][SIGN_IN]: with an https APP_URL, the session cookie is __Secure-, Secure, HttpOnly and SameSite=Lax and the redirect stays on APP_URL', async () => {
  const { status, location, cookie } = await signInOverHttp(demoAccounts.member);
  expect(status).toBe(302);
  expect(location.startsWith(`${publicOrigin()}/`)).toBe(true);
  expect(cookie).toMatch(/^__Secure-authjs\.session-token=/);
  expect(cookie).toMatch(/;\s*Secure/i);
  expect(cookie).toMatch(/;\s*HttpOnly/i);
  expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
});

test('[SECURITY][HEADERS]: HSTS and the security headers on pages, JSON, redirects and errors', async () => {
  const answers = {
    page: await api.get('/sign-in'),
    json: await api.get('/api/health'),
    redirect: await api.get(`/orgs/${orgIds.current}`, { maxRedirects: 0 }),
    notFound: await api.get('/no-such-page'),
    badPath: await api.get('/orgs/%C0%AF'),
    badAction: await api.post('/sign-in', { headers: { 'Next-Action': signInActionId(), Origin: publicOrigin() }, data: '{' }),
  };
  expect(Object.fromEntries(Object.entries(answers).map(([k, r]) => [k, r.status()]))).toEqual({
    page: 200,
    json: 200,
    redirect: 307,
    notFound: 404,
    badPath: 400,
    badAction: 400,
  });
  for (const [kind, response] of Object.entries(answers)) {
    const headers = response.headers();
    expect(headers['strict-transport-security'], kind).toMatch(/max-age=\d{7,}/);
    expect(headers['x-content-type-options'], kind).toBe('nosniff');
    expect(headers['content-security-policy'], kind).toContain("frame-ancestors 'none'");
  }
  expect(answers.page.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
});

test('[SECURITY][EVIDENCE]: the signed PDF records the socket address, not what X-Forwarded-For claims; text is cleaned', async () => {
  const { pair } = await signInOverHttp(demoAccounts.otherSignatory);
  const customer = await playwrightRequest.newContext({ baseURL: origin, extraHTTPHeaders: { cookie: pair, 'X-Forwarded-For': '6.6.6.6' } });
  const page = await (await customer.get(`/orgs/${orgIds.none}/dpa`)).text();
  const templateVersionId = page.match(/templateVersionId\W{1,24}([0-9a-f-]{36})/)?.[1];
  expect(templateVersionId, 'the DPA page names the version to sign').toBeTruthy();
  const sign = actionsWithPage().find((a) => a.name.endsWith('#signDpaAction'))!.id;
  const post = (input: Record<string, unknown>) =>
    customer.post(`/orgs/${orgIds.none}/dpa`, {
      headers: { 'Next-Action': sign, 'Content-Type': 'text/plain;charset=UTF-8', Origin: publicOrigin() },
      data: JSON.stringify([{ orgId: orgIds.none, templateVersionId, confirmAuthority: true, locale: 'de', ...input }]),
    });

  // A right-to-left override would print the name backwards on the evidence page: refused.
  const refused = await (await post({ fullName: '\u202eLena Krause', position: 'Geschäftsführerin' })).text();
  expect(refused).toContain('"error":"VALIDATION"');
  expect(refused).toContain('Schreibrichtung');

  // NUL and other controls are removed.
  const signed = await (await post({ fullName: 'Lena\u0000 Krause', position: 'Geschäfts\u0007führerin' })).text();
  const agreementId = signed.match(/"agreementId":"([0-9a-f-]{36})"/)?.[1];
  expect(agreementId, signed.slice(0, 300)).toBeTruthy();
  const pdf = await customer.get(`/api/orgs/${orgIds.none}/agreements/${agreementId}/pdf`);
  expect(pdf.status()).toBe(200);
  const text = execFileSync('pdftotext', ['-', '-'], { input: await pdf.body() }).toString('utf8');
  expect(text).toContain('127.0.0.1');
  expect(text).not.toContain('6.6.6.6');
  expect(text).toContain('Lena Krause');
  expect(text).toContain('Geschäftsführerin');
  await customer.dispose();
});

test('[SECURITY][CLIENT_ADDRESS]: a rotating X-Forwarded-For does not get past the per-source sign-in limit', async () => {
  // Unknown addresses: the limit is the same, and nobody gets mail.
  const outcomes: string[] = [];
  for (let i = 0; i < SIGNIN_LIMIT_PER_IP + 2; i++) {
    const response = await askForLink(`probe-${i}@unknown.example`, { 'X-Forwarded-For': `198.18.${i}.1` });
    outcomes.push((await response.text()).match(/"ok":(true|false)(?:,"error":"(\w+)")?/)?.slice(1).join(' ').trim() ?? 'none');
  }
  // The two sign-ins above counted too; whatever the client wrote, the last two are refused.
  expect(outcomes.slice(-2)).toEqual(['false RATE_LIMITED', 'false RATE_LIMITED']);
  expect(outcomes.filter((o) => o === 'true').length).toBeLessThanOrEqual(SIGNIN_LIMIT_PER_IP);
});
