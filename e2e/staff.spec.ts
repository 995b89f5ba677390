import { expect, test } from './support/fixtures';
import { orgIds } from './support/demo-ids';

test.describe('[STAFF][SUPPORT_SEARCH]', () => {
  test('support staff search customers as they type and open one', async ({ page, login }) => {
    await login('support');
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Support-Desk' })).toBeVisible();
    const rows = page.locator('table tbody tr');
    await expect(rows).toHaveCount(20);
    await expect(page.getByRole('link', { name: 'Nächste Seite' })).toBeVisible();

    // Results as you type: no submit; the URL follows the field.
    await page.getByLabel('Kunden suchen').fill('K-10003');
    await expect(page).toHaveURL(/q=K-10003/);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Yilmaz Logistik');

    await page.goto('/staff?q=keine-solche-firma');
    await expect(page.getByText('Kein Kunde gefunden')).toBeVisible();

    await page.goto(`/orgs/${orgIds.none}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kanzlei Krause');
  });

  test('the language switch changes the portal to English and remembers it', async ({ page, login }) => {
    await login('privacy');
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Support desk' })).toBeVisible();
    await page.goto(`/orgs/${orgIds.current}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: /Deutsch/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });
});
