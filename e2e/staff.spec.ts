import { expect, test } from './support/fixtures';
import { orgIds } from './support/demo-ids';

test.describe('[STAFF][ORGANISATIONS]', () => {
  test('support staff see the organisation list, search it, filter by DPA status and open a customer', async ({ page, login }) => {
    await login('support');
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationen' })).toBeVisible();
    await expect(page.getByText('25 Organisationen').first()).toBeVisible();
    const rows = page.locator('table tbody tr');
    await expect(rows).toHaveCount(25);

    await page.getByLabel('Suche').fill('K-10003');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(page).toHaveURL(/q=K-10003/);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Yilmaz Logistik');

    await page.goto('/staff?status=none');
    await expect(rows.first()).toBeVisible();
    const texts = await rows.allInnerTexts();
    expect(texts.some((t) => t.includes('Kanzlei Krause'))).toBe(true);
    expect(texts.some((t) => t.includes('Bäckerei Hofmann'))).toBe(false);

    await page.goto('/staff?q=keine-solche-firma');
    await expect(page.getByText('Keine Organisation gefunden')).toBeVisible();

    await page.goto(`/orgs/${orgIds.none}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kanzlei Krause');
  });

  test('the language switch changes the portal to English and remembers it', async ({ page, login }) => {
    await login('privacy');
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
    await page.goto(`/orgs/${orgIds.current}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: /Deutsch/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });
});
