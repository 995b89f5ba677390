import { expect, type Page } from '@playwright/test';

// Walks the portal the way a person clicks through it: from the start pages along the links of the
// navigation and the page (same origin, no downloads), one page per route. Used by the accessibility
// spec (axe on each page) and the screenshot run (npm run screenshots).

export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];

/** '/orgs/3f…/notices/9a…' -> '/orgs/:id/notices/:id': one visit per route. */
export const route = (path: string) => path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id');

export const publicStart = ['/sign-in', '/verify', '/imprint', '/privacy', '/subscriptions/confirm', `/subscriptions/confirm?token=${'a'.repeat(43)}`, '/dev/kit', '/no-such-page'];

export async function setLocale(page: Page, baseURL: string, locale: Locale) {
  await page.context().addCookies([{ name: 'locale', value: locale, url: baseURL }]);
}

/** Visits every page reachable from `start` and calls `visit` on each; returns the routes seen. */
export async function walk(page: Page, start: string[], visit: (route: string) => Promise<void>, limit = 40): Promise<string[]> {
  const queue = [...start];
  const seen = new Set(start.map((p) => route(p)));
  const visited: string[] = [];
  while (queue.length > 0 && visited.length < limit) {
    const path = queue.shift()!;
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    const here = route(new URL(page.url()).pathname);
    visited.push(here);
    await visit(here);
    const hrefs = await page.locator('header nav a[href^="/"]:not([download]), main a[href^="/"]:not([download])').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      const { pathname } = new URL(href, 'http://x');
      // Files (CSV and JSON exports, PDFs) are downloads, not pages.
      if (pathname.startsWith('/api/') || /\/(export|pdf)$/.test(pathname) || seen.has(route(pathname))) continue;
      seen.add(route(pathname));
      queue.push(pathname);
    }
  }
  return visited;
}
