import fs from 'node:fs';
import { test as setup } from '@playwright/test';
import { demoAccounts, personaStatePath, signIn, type DemoRole } from './support/fixtures';

// Signs every demo persona in once per project, by magic link through the real SMTP receiver, and
// stores the session (Playwright storage state). Specs then log in with login(role) from the stored
// session instead of by mail in every test; sign-in by mail keeps its own spec (sign-in.spec.ts).

setup('[SETUP]: personas sign in once by mail and keep their sessions', async ({ browser, baseURL }, testInfo) => {
  setup.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  for (const role of Object.keys(demoAccounts) as DemoRole[]) {
    const context = await browser.newContext({ baseURL });
    await signIn(await context.newPage(), role, origin);
    const file = personaStatePath(testInfo.project.name, role);
    fs.mkdirSync(file.replace(/\/[^/]+$/, ''), { recursive: true });
    await context.storageState({ path: file });
    await context.close();
  }
});
