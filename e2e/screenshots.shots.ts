import fs from 'node:fs';
import path from 'node:path';
import { test, type DemoRole } from './support/fixtures';
import { locales, publicStart, setLocale, walk } from './support/walk';

// Not a test: the screenshot run (npm run screenshots, playwright.screenshots.config.ts). Every
// page each role reaches, full length, at a desktop and a phone width, in both languages.

const out = path.resolve('docs/screenshots');
const widths = [
  { name: '1280', viewport: { width: 1280, height: 800 } },
  { name: '390', viewport: { width: 390, height: 844 } },
] as const;

/** The few that docs/gallery.md shows; copied to docs/screenshots/key/, which is committed. */
const key = new Set([
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
]);

const starts: { who: 'public' | DemoRole; start?: string[] }[] = [
  { who: 'public', start: publicStart },
  { who: 'signatory' },
  { who: 'member' },
  { who: 'otherSignatory' },
  { who: 'outdatedSignatory' },
  { who: 'privacy' },
  { who: 'support' },
];

const fileName = (who: string, route: string, locale: string, width: string) =>
  `${who}--${route.replace(/^\//, '').replace(/[/:]+/g, '-') || 'home'}.${locale}.${width}`;

test.describe.configure({ mode: 'serial' });

for (const { who, start } of starts) {
  for (const width of widths) {
    test(`${who} at ${width.name} px`, async ({ page, login, baseURL }) => {
      fs.mkdirSync(path.join(out, 'key'), { recursive: true });
      await page.setViewportSize(width.viewport);
      if (who !== 'public') await login(who);
      const first = start ?? [new URL(page.url()).pathname];
      for (const locale of locales) {
        await setLocale(page, baseURL!, locale);
        await walk(page, first, async (route) => {
          await page.waitForLoadState('networkidle');
          const name = fileName(who, route, locale, width.name);
          const file = path.join(out, `${name}.png`);
          await page.screenshot({ path: file, fullPage: true });
          if (key.has(name)) {
            // The committed copy shows the top of the page only: a contract is 15 screens long.
            const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 1800);
            await page.screenshot({ path: path.join(out, 'key', `${name}.png`), fullPage: true, clip: { x: 0, y: 0, width: width.viewport.width, height } });
          }
        });
      }
    });
  }
}
