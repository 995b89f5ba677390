import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { demoAccounts } from '../../scripts/demo-seed/demo-accounts';
import { finishTally, startTally, watchBrowser } from './csp-watch';
import type { SinkMessage } from './parse-mail';

// Fixtures every spec uses:
//   login('signatory'): the persona's session, signed in once by mail in personas.setup.ts and
//     stored; login('anna.becker@...') or a persona without a stored session: signs in by magic
//     link, the way a person does (form on /sign-in -> mail through the real SMTP sink -> open the
//     link). Returns the page.
//   mailsTo(address): the mails the SMTP sink received for an address, oldest first

// Set by playwright.config.ts, which picks the sink's free port.
export const SMTP_SINK = process.env.SMTP_SINK_URL ?? '';
if (!SMTP_SINK) throw new Error('SMTP_SINK_URL is not set: run the e2e suite through playwright.config.ts');
export type DemoRole = keyof typeof demoAccounts;

export async function mailsTo(email: string): Promise<SinkMessage[]> {
  const response = await fetch(`${SMTP_SINK}/messages?to=${encodeURIComponent(email)}`);
  if (!response.ok) throw new Error(`SMTP sink answered ${response.status}`);
  return (await response.json()) as SinkMessage[];
}

export async function clearMails(email?: string): Promise<void> {
  const query = email ? `?to=${encodeURIComponent(email)}` : '';
  await fetch(`${SMTP_SINK}/messages${query}`, { method: 'DELETE' });
}

/** Links in a mail's text that lead into the app under test. */
export function linksIn(mail: SinkMessage, origin: string): string[] {
  return (mail.text.match(/https?:\/\/[^\s<>"')]+/g) ?? []).filter((link) => link.startsWith(origin));
}

/**
 * Waits (up to `timeout` ms) for a new mail to `email` that links into `origin`.
 * `afterId`: the sink's message id before the action that sends the mail.
 */
export async function waitForMail(
  email: string,
  origin: string,
  afterId: number,
  timeout = 10_000,
  wanted: (link: string) => boolean = () => true,
): Promise<SinkMessage> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const mail = (await mailsTo(email)).reverse().find((m) => m.id > afterId && linksIn(m, origin).some(wanted));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail to ${email} with a link to ${origin} within ${timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function lastMailId(email: string): Promise<number> {
  return Math.max(0, ...(await mailsTo(email)).map((m) => m.id));
}

// Using a link ends every other pending link of the address, so two workers signing in as the same
// person at the same moment would spoil each other's links: one sign-in per address at a time.
const lockDir = path.join(process.cwd(), '.data', 'e2e-locks');

async function withAddressLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(lockDir, { recursive: true });
  const lock = path.join(lockDir, createHash('sha256').update(key).digest('hex').slice(0, 16));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 30_000) fs.rmSync(lock, { recursive: true, force: true }); // left by a killed worker
      if (Date.now() > deadline) throw new Error(`sign-in lock for ${key} not released`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Signs `page` in as a demo role or an address, by magic link. */
export async function signIn(page: Page, who: DemoRole | string, origin: string): Promise<Page> {
  const email = who.includes('@') ? who : demoAccounts[who as DemoRole];
  if (!email) throw new Error(`unknown demo role "${who}"; use one of ${Object.keys(demoAccounts).join(', ')}`);
  return withAddressLock(`${origin} ${email}`, async () => {
    const before = await lastMailId(email);
    await page.goto('/sign-in');
    const form = page.locator('form').filter({ has: page.locator('input[name="email"]') });
    await form.locator('input[name="email"]').fill(email);
    await form.locator('button[type="submit"]').click();
    await expect(page.getByRole('status')).toBeVisible();
    // Only a sign-in mail will do: a change notice to the same person may arrive meanwhile.
    const isSignInLink = (l: string) => l.includes('/api/auth/callback/email') && l.includes('token=');
    const mail = await waitForMail(email, origin, before, 10_000, isSignInLink);
    const link = linksIn(mail, origin).find(isSignInLink)!;
    await page.goto(link);
    await expect(page).not.toHaveURL(/\/sign-in/);
    return page;
  });
}

/** Where personas.setup.ts keeps a persona's session for a project ('setup-pglite' -> 'pglite'). */
export function personaStatePath(project: string, role: DemoRole): string {
  return path.join(process.cwd(), 'test-results', '.personas', project.replace(/^setup-/, ''), `${role}.json`);
}

/** Restores a persona's stored session into the page's context; false if there is none. */
async function restorePersona(page: Page, project: string, role: DemoRole): Promise<boolean> {
  const file = personaStatePath(project, role);
  if (!fs.existsSync(file)) return false;
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as { cookies: Parameters<BrowserContext['addCookies']>[0] };
  await page.context().addCookies(state.cookies);
  await page.goto('/');
  return true;
}

type Fixtures = {
  /** Automatic: the test's CSP tally (e2e/support/csp-watch.ts); a violation fails the test. */
  cspTally: void;
  /** Signs the test's page in by magic link (demo role or e-mail address) and returns it. */
  login: (who: DemoRole | string) => Promise<Page>;
  /** The mails the SMTP sink received for an address, oldest first. */
  mailsTo: (email: string) => Promise<SinkMessage[]>;
};

export const test = base.extend<Fixtures>({
  // Every context of every spec runs under the real Content-Security-Policy and is watched
  // (e2e/support/csp-watch.ts): a script, style or frame it blocks would break the page for users,
  // so any violation fails the test, and the suite's total is the figure in csp-figure.json.
  browser: [
    async ({ browser }, provide) => {
      watchBrowser(browser);
      await provide(browser);
    },
    { scope: 'worker' },
  ],
  cspTally: [
    async ({}, provide, testInfo) => {
      startTally();
      await provide();
      const tally = finishTally(testInfo);
      expect(tally.violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  // The browser also says so on the console, for frames no init script reaches.
  page: async ({ page }, provide) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await provide(page);
    expect(violations, 'Content-Security-Policy violations (console)').toEqual([]);
  },
  login: async ({ page, baseURL }, provide, testInfo) => {
    const origin = new URL(baseURL!).origin;
    await provide(async (who) => {
      if (who in demoAccounts && (await restorePersona(page, testInfo.project.name, who as DemoRole))) return page;
      return signIn(page, who, origin);
    });
  },
  mailsTo: async ({}, provide) => {
    await provide(mailsTo);
  },
});

export { expect };
export { demoAccounts };
export { allowCspViolations } from './csp-watch';
