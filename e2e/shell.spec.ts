import { expect, test } from './support/fixtures';

// The frame around every page: header, navigation, language switch, icons.

test.describe('[ALL][SHELL]', () => {
  test('favicon, app icons and the web manifest are served, and a page loads without console errors', async ({ page, request }) => {
    const favicon = await request.get('/favicon.ico');
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()['content-type']).toMatch(/icon/);
    const manifest = await request.get('/manifest.webmanifest');
    expect(manifest.status()).toBe(200);
    const icons = ((await manifest.json()) as { icons: { src: string }[] }).icons;
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of [...icons.map((i) => i.src), '/apple-touch-icon.png']) {
      expect((await request.get(icon)).status(), icon).toBe(200);
    }

    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    for (const path of ['/sign-in', '/verify', '/privacy']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(problems).toEqual([]);
  });

  test('the sticky header is opaque, and a heading scrolled into view stays below it', async ({ page, login }) => {
    await page.setViewportSize({ width: 1280, height: 480 });
    await login('signatory');
    const header = page.locator('body > div header').first();
    await expect(header).toHaveCSS('position', 'sticky');
    await expect(header).toHaveCSS('background-color', 'rgb(255, 255, 255)');

    await page.goto('/privacy');
    // The header publishes its height once it has hydrated; then jump to the last section.
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--header-height'))).toMatch(/^\d+px$/);
    await page.evaluate(() => (location.hash = '#privacy-dpo'));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const headerBox = (await header.boundingBox())!;
    const headingBox = (await page.locator('#privacy-dpo').boundingBox())!;
    expect(headingBox.y).toBeGreaterThanOrEqual(headerBox.y + headerBox.height);
  });

  test('on a phone the navigation row shows that it continues, and scrolls', async ({ page, login }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await login('signatory');
    const row = page.getByRole('navigation', { name: 'Hauptnavigation' }).locator('[data-overflow-end]');
    await expect(row).toHaveAttribute('data-overflow-end', 'true');
    await expect(row.locator('button').last()).toBeVisible();
    await row.locator('div').first().evaluate((scroller) => scroller.scrollTo({ left: scroller.scrollWidth }));
    await expect(row).toHaveAttribute('data-overflow-end', 'false');
    await expect(row).toHaveAttribute('data-overflow-start', 'true');
    await expect(page.getByRole('link', { name: 'Benachrichtigungen' })).toBeInViewport();
  });

  test('the language buttons and the user menu are named by what they show', async ({ page, login }) => {
    await login('signatory');
    const german = page.getByRole('button', { name: 'DE Deutsch' });
    await expect(german).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'EN English' })).toHaveAttribute('aria-pressed', 'false');
    // The summary reads "Anna Becker, Benutzermenü": the visible name first, not the initials.
    await expect(page.locator('details summary')).toHaveAccessibleName(/^Anna Becker\s?, Benutzermenü$/);
  });
});
