import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { demoAccounts, expect, test } from './support/fixtures';

// [STAFF][SIGN_IN_OIDC]: staff sign in at the provider's own identity provider (decisions 0068,
// 0069). A local OpenID Connect provider (the `oidc-provider` package, e2e/support/oidc-idp.mjs)
// and an app server of its own (server.mjs, fresh embedded database) with OIDC_* pointing to it;
// roles come from the `groups` claim through OIDC_ROLE_MAP. Chromium goes the whole way: the
// sign-in page, the IdP's login and consent pages, Auth.js's callback, the staff area.

const CLIENT = { id: 'dpa-portal-e2e', secret: 'e2e-only-oidc-client-secret-0123456789' };
const IDP_NAME = 'Nordwind Login';
const newcomer = `neu.admin.${Date.now()}@nordwind-it.example`;
const outsider = `ohne.rolle.${Date.now()}@nordwind-it.example`;
/** The IdP's people: login name (the subject) -> claims. */
const people = {
  'neu.admin': { email: newcomer, email_verified: true, name: 'Nina Neumann', groups: ['DPA-Admins', 'Everyone'] },
  'ohne.rolle': { email: outsider, email_verified: true, name: 'Otto Ohnerolle', groups: ['Everyone'] },
  // The demo support person, who holds the support role in the portal; the claim adds privacy.
  support: { email: demoAccounts.support, email_verified: true, name: 'Sam Support', groups: ['DPA-Support', 'DPA-Privacy'] },
  // An IdP account with a customer's address: no staff role in the portal, so never let in.
  kunde: { email: demoAccounts.signatory, email_verified: true, name: 'Anna Becker', groups: ['DPA-Admins'] },
};

let idp: ChildProcess;
let app: ChildProcess;
let appOrigin = '';

function freePorts(count: number): number[] {
  return execFileSync(process.execPath, ['e2e/support/free-ports.mjs', String(count)], { encoding: 'utf8' }).trim().split(' ').map(Number);
}

async function waitFor(url: string, child: ChildProcess, what: string) {
  const deadline = Date.now() + 200_000;
  for (;;) {
    const answer = await fetch(url).catch(() => null);
    if (answer?.ok) return;
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`${what} did not answer at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const [idpPort, appPort] = freePorts(2) as [number, number];
  appOrigin = `http://127.0.0.1:${appPort}`;
  const issuer = `http://127.0.0.1:${idpPort}`;
  idp = spawn(process.execPath, ['e2e/support/oidc-idp.mjs', String(idpPort), `${appOrigin}/api/auth/callback/oidc`], {
    env: { ...process.env, OIDC_IDP_CLIENT_ID: CLIENT.id, OIDC_IDP_CLIENT_SECRET: CLIENT.secret, OIDC_IDP_PEOPLE: JSON.stringify(people) },
    stdio: 'ignore',
    detached: true,
  });
  app = spawn(process.execPath, ['e2e/support/start-app.mjs', 'pglite', String(appPort)], {
    env: {
      ...process.env,
      APP_URL: appOrigin,
      AUTH_SECRET: 'e2e-only-secret-oidc-0123456789abcdefghij',
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: CLIENT.id,
      OIDC_CLIENT_SECRET: CLIENT.secret,
      OIDC_NAME: IDP_NAME,
      OIDC_ROLES_CLAIM: 'groups',
      OIDC_ROLE_MAP: 'DPA-Admins=admin; DPA-Privacy=privacy; DPA-Support=support',
    },
    stdio: 'ignore',
    detached: true,
  });
  await waitFor(`${issuer}/.well-known/openid-configuration`, idp, 'the identity provider');
  await waitFor(`${appOrigin}/api/health`, app, 'the app');
});

test.afterAll(async () => {
  for (const child of [app, idp]) if (child?.pid) process.kill(-child.pid, 'SIGTERM');
});

/** A fresh browser (no IdP session either) through the sign-in page and the IdP's login and consent pages. */
async function signInAtIdp(browser: Browser, login: keyof typeof people, locale = 'de-DE'): Promise<Page> {
  const context = await browser.newContext({ baseURL: appOrigin, locale });
  const page = await context.newPage();
  await page.goto('/sign-in');
  const button = locale.startsWith('de') ? `Anmelden mit ${IDP_NAME}` : `Sign in with ${IDP_NAME}`;
  await page.getByRole('button', { name: button }).click();
  // oidc-provider's development pages: any password; the login name is the subject.
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('irrelevant');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  return page;
}

test('[STAFF][SIGN_IN_OIDC]: the sign-in page offers the IdP to staff and keeps the link form for customers', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: appOrigin, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: "The provider's staff" })).toBeVisible();
  await expect(page.getByRole('button', { name: `Sign in with ${IDP_NAME}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toBeVisible();
  await context.close();
});

test('[STAFF][SIGN_IN_OIDC]: a new staff member signs in at the IdP and lands in the staff area with the claimed role', async ({ browser }) => {
  const page = await signInAtIdp(browser, 'neu.admin');
  await expect(page).toHaveURL(`${appOrigin}/staff`);
  // The claim said admin: the admin-only people page opens, and lists the new account as staff.
  await page.goto(`/staff/admin/people?q=${encodeURIComponent(newcomer)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personen und Rollen');
  await expect(page.getByRole('link', { name: newcomer })).toBeVisible();
  await page.context().close();
});

test('[STAFF][SIGN_IN_OIDC]: an existing staff account is linked by its verified address and gets the claimed roles', async ({ browser }) => {
  const page = await signInAtIdp(browser, 'support');
  await expect(page).toHaveURL(`${appOrigin}/staff`);
  // Support held only "support" in the portal; the claim adds privacy: a privacy-only page opens.
  const register = await page.goto('/staff/register/new');
  expect(register?.status()).toBe(200);
  const admin = await page.goto('/staff/admin/people');
  expect(admin?.status()).toBe(403);
  await page.context().close();
});

test('[STAFF][SIGN_IN_OIDC]: a claim without a staff role is refused, and so is an IdP account with a customer\'s address', async ({ browser }) => {
  for (const login of ['ohne.rolle', 'kunde'] as const) {
    const page = await signInAtIdp(browser, login, 'en-GB');
    await expect(page).toHaveURL(/\/sign-in\?error=OidcRefused/);
    await expect(page.getByRole('alert').filter({ hasText: 'Sign-in through the identity provider was refused' })).toBeVisible();
    // No session came of it.
    await page.goto('/staff');
    await expect(page).toHaveURL(/\/sign-in/);
    await page.context().close();
  }
});

test('[STAFF][SIGN_IN_OIDC]: a disabled person is refused at the next sign-in', async ({ browser }) => {
  // The admin who came in through the IdP disables the support person (people admin, issue 11).
  const adminPage = await signInAtIdp(browser, 'neu.admin');
  await expect(adminPage).toHaveURL(`${appOrigin}/staff`);
  await adminPage.goto(`/staff/admin/people?q=${encodeURIComponent(demoAccounts.support)}`);
  // The row's link (the footer also links the support address, as mailto:).
  await adminPage.locator('a[href^="/staff/admin/people/"]', { hasText: demoAccounts.support }).click();
  await adminPage.getByRole('button', { name: 'Zugang sperren' }).click();
  await adminPage.getByRole('dialog').getByRole('button', { name: 'Zugang sperren' }).click();
  await expect(adminPage.getByRole('status')).toContainText('Der Zugang ist gesperrt.');
  await adminPage.context().close();

  const page = await signInAtIdp(browser, 'support');
  await expect(page).toHaveURL(/\/sign-in\?error=OidcRefused/);
  await expect(page.getByRole('alert').filter({ hasText: 'Die Anmeldung über den Identitätsanbieter wurde abgelehnt' })).toBeVisible();
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.context().close();
});
