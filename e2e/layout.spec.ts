import { expectAccessible } from './support/axe';
import { orgIds } from './support/demo-ids';
import { expect, test, type DemoRole } from './support/fixtures';
import type { Page } from '@playwright/test';

// What the screenshots showed once and must not show again (docs/gallery.md, "Looked at"): on a
// phone nothing in a page runs past the screen's edge (a long role badge, a button with a long
// word, an e-mail address), and cards placed one after another do not touch.

const pages: { who: DemoRole; path: string }[] = [
  { who: 'signatory', path: `/orgs/${orgIds.current}/people` },
  { who: 'signatory', path: '/account' },
  { who: 'support', path: `/staff/support/${orgIds.current}` },
  { who: 'privacy', path: '/staff/audit' },
  { who: 'privacy', path: '/staff/records' },
];

/** Elements of main whose right edge lies past the viewport, outside any scrolling or clipping box. */
function pastTheEdge(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let parent = el.parentElement; parent && parent.tagName !== 'MAIN'; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.querySelectorAll('main *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 1 && box.right > width + 1 && !clipped(el);
      })
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 60)}`);
  });
}

/** Gaps (px) between cards that follow one another in the page, top to bottom. */
function cardGaps(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main > section + section, main > div + section, main > section + div')].map((el) => {
      const previous = el.previousElementSibling!.getBoundingClientRect();
      return Math.round(el.getBoundingClientRect().top - previous.bottom);
    }),
  );
}

test.describe('[ALL][LAYOUT] pages the screenshots showed', () => {
  for (const { who, path } of pages) {
    test(`${who} ${path.replace(/[0-9a-f-]{36}/, ':id')}: nothing past a phone's edge, cards apart`, async ({ page, login }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await login(who);
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      expect(await pastTheEdge(page)).toEqual([]);
      for (const gap of await cardGaps(page)) expect(gap).toBeGreaterThanOrEqual(16);

      await page.setViewportSize({ width: 1280, height: 800 });
      for (const gap of await cardGaps(page)) expect(gap).toBeGreaterThanOrEqual(16);
      await expectAccessible(page);
    });
  }

  test('support desk: the search icon leaves the first letter typed uncovered', async ({ page, login }) => {
    await login('support');
    await page.goto('/staff?q=B%C3%A4ckerei');
    const input = page.getByRole('searchbox');
    await expect(input).toHaveValue('Bäckerei');
    const [icon, textStart] = await input.evaluate((el) => {
      const icon = el.parentElement!.querySelector('[aria-hidden="true"]')!.getBoundingClientRect();
      return [icon.right, el.getBoundingClientRect().left + parseFloat(getComputedStyle(el).paddingLeft)];
    });
    expect(textStart).toBeGreaterThan(icon);
  });
});
