import fs from 'node:fs';
import path from 'node:path';
import { test, type DemoRole } from './support/fixtures';
import { orgIds } from './support/demo-ids';
import { locales, publicStart, setLocale, walk } from './support/walk';

// Not a test: the screenshot run (npm run screenshots, playwright.screenshots.config.ts). Every
// page each role reaches, full length, at a desktop and a phone width, in both languages. One test
// per role, width and language, so no part runs long; `-- --grep "privacy"` takes one role again.

const out = path.resolve('docs/screenshots');
const widths = [
  { name: '1280', viewport: { width: 1280, height: 800 } },
  { name: '390', viewport: { width: 390, height: 844 } },
] as const;

/** The few that docs/gallery.md shows; copied to docs/screenshots/key/, which is committed. */
export const keyShots = new Set([
  'public--sign-in.de.1280',
  'public--sign-in.en.390',
  'public--verify.en.1280',
  'public--dev-kit.de.1280',
  'public--dev-kit.de.390',
  'signatory--orgs-id.de.1280',
  'signatory--orgs-id.de.390',
  'signatory--orgs-id-dpa.de.1280',
  'signatory--orgs-id-dpa.de.390',
  'signatory--orgs-id-subscriptions.en.1280',
  'signatory--orgs-id-people.de.390',
  'signatory--orgs-id-support-sessions.de.1280',
  'member--orgs-id-subscriptions.de.390',
  'otherSignatory--orgs-id-dpa.de.390',
  'outdatedSignatory--orgs-id-dpa-changes.de.1280',
  'member--orgs-id-notices.en.390',
  'privacy--staff.de.1280',
  'privacy--staff-register.en.1280',
  'privacy--staff-register.de.390',
  'privacy--staff-change-notices.de.1280',
  'privacy--staff-change-notices-id.de.1280',
  'privacy--staff-change-notices-id.de.390',
  'privacy--staff-versions.en.1280',
  'privacy--staff-versions-dpa-id.de.1280',
  'privacy--staff-versions-compare.de.390',
  'privacy--staff-objections.de.1280',
  'privacy--staff-records.de.1280',
  'privacy--staff-audit.de.1280',
  'support--staff-search.de.1280',
  'support--staff-search.de.390',
  'support--staff-support-id.de.1280',
  'support--staff-support-id.de.390',
  'admin--staff-admin-orgs.de.1280',
  'admin--staff-admin-import.de.1280',
  'admin--staff-admin-people.en.1280',
  'admin--account.de.390',
]);

// The walk follows the navigation and the page's links; these start pages add what no link of
// main or the navigation reaches (the account page sits in the user menu, a search is a form).
const staffExtra = ['/account'];
const starts: { who: 'public' | DemoRole; start?: string[] }[] = [
  { who: 'public', start: publicStart },
  { who: 'signatory', start: [`/orgs/${orgIds.current}`, '/account', `/orgs/${orgIds.current}/people`, `/orgs/${orgIds.current}/support-sessions`] },
  { who: 'member', start: [`/orgs/${orgIds.current}`, `/orgs/${orgIds.current}/support-sessions`] },
  { who: 'otherSignatory' },
  { who: 'outdatedSignatory' },
  { who: 'privacy', start: ['/staff', ...staffExtra, '/staff/records/deletions'] },
  { who: 'support', start: ['/staff', '/staff?q=B%C3%A4ckerei', ...staffExtra, `/staff/support/${orgIds.current}`, '/staff/support/calls'] },
  {
    who: 'admin',
    start: ['/staff', ...staffExtra, '/staff/admin/import', '/staff/admin/services', '/staff/admin/settings', '/staff/api-tokens', '/staff/records/deletions'],
  },
];

/** 'support', '/staff/support/:id' and '?q=…' -> 'support--staff-support-id' or 'support--staff-search'. */
const fileName = (who: string, route: string, search: boolean, locale: string, width: string) =>
  `${who}--${(route.replace(/^\//, '').replace(/[/:]+/g, '-') || 'home') + (search ? '-search' : '')}.${locale}.${width}`;

test.describe.configure({ mode: 'parallel', timeout: 900_000 });

for (const { who, start } of starts) {
  for (const width of widths) {
    for (const locale of locales) {
      test(`${who} at ${width.name} px (${locale})`, async ({ page, login, baseURL }, testInfo) => {
        fs.mkdirSync(path.join(out, 'key'), { recursive: true });
        await page.setViewportSize(width.viewport);
        if (who !== 'public') await login(who);
        const first = start ?? [new URL(page.url()).pathname];
        await setLocale(page, baseURL!, locale);
        const shots: string[] = [];
        const visited = await walk(
          page,
          first,
          async (route) => {
            await page.waitForLoadState('networkidle');
            const name = fileName(who, route, new URL(page.url()).search.includes('q='), locale, width.name);
            shots.push(name);
            await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
            if (keyShots.has(name)) {
              // The committed copy shows the top of the page only: a contract is 15 screens long.
              const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 1800);
              await page.screenshot({ path: path.join(out, 'key', `${name}.png`), clip: { x: 0, y: 0, width: width.viewport.width, height }, fullPage: true });
            }
          },
          100,
        );
        testInfo.annotations.push({ type: 'shots', description: `${shots.length}: ${visited.join(' ')}` });
        fs.writeFileSync(path.join(out, `${who}.${locale}.${width.name}.txt`), `${shots.join('\n')}\n`);
      });
    }
  }
}
