import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { expect, test, type DemoRole } from './support/fixtures';

// axe on every page a person can reach, per role and language: each walk starts where the role
// starts and follows the links of the navigation and the page (same origin, no downloads), one page
// per route (ids and query strings aside). Page states after an action (a field error, a result,
// an open dialog) are checked in the specs that produce them, with expectAccessible(page, state).

const locales = ['de', 'en'] as const;

/** '/orgs/3f…/notices/9a…' -> '/orgs/:id/notices/:id': one visit per route. */
const route = (path: string) => path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id');

async function setLocale(page: Page, baseURL: string, locale: (typeof locales)[number]) {
  await page.context().addCookies([{ name: 'locale', value: locale, url: baseURL }]);
}

async function walk(page: Page, start: string[], limit = 40): Promise<string[]> {
  const queue = [...start];
  const seen = new Set(start.map((p) => route(new URL(p, 'http://x').pathname)));
  const visited: string[] = [];
  while (queue.length > 0 && visited.length < limit) {
    const path = queue.shift()!;
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await expectAccessible(page);
    visited.push(route(new URL(page.url()).pathname));
    const hrefs = await page.locator('header nav a[href^="/"], main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      const { pathname } = new URL(href, 'http://x');
      if (pathname.startsWith('/api/') || seen.has(route(pathname))) continue;
      seen.add(route(pathname));
      queue.push(pathname);
    }
  }
  return visited;
}

test.describe('[ALL][ACCESSIBILITY] axe: no serious or critical violations', () => {
  test.describe.configure({ timeout: 240_000 });

  for (const locale of locales) {
    test(`public pages (${locale})`, async ({ page, baseURL }) => {
      await setLocale(page, baseURL!, locale);
      const visited = await walk(page, ['/sign-in', '/verify', '/imprint', '/privacy', '/subscriptions/confirm', `/subscriptions/confirm?token=${'a'.repeat(43)}`, '/no-such-page']);
      expect(visited).toEqual(expect.arrayContaining(['/sign-in', '/verify', '/imprint', '/privacy']));
    });

    const roles: { role: DemoRole; reaches: string[] }[] = [
      { role: 'signatory', reaches: ['/orgs/:id', '/orgs/:id/dpa', '/orgs/:id/toms', '/orgs/:id/register', '/orgs/:id/subscriptions'] },
      { role: 'otherSignatory', reaches: ['/orgs/:id', '/orgs/:id/dpa'] },
      { role: 'outdatedSignatory', reaches: ['/orgs/:id/dpa/changes'] },
      { role: 'privacy', reaches: ['/staff', '/staff/register', '/staff/notices', '/staff/objections', '/staff/versions'] },
      { role: 'support', reaches: ['/staff', '/orgs/:id'] },
    ];
    for (const { role, reaches } of roles) {
      test(`${role} (${locale})`, async ({ page, login, baseURL }) => {
        await login(role);
        await setLocale(page, baseURL!, locale);
        const visited = await walk(page, [new URL(page.url()).pathname]);
        expect(visited).toEqual(expect.arrayContaining(reaches));
      });
    }
  }
});
