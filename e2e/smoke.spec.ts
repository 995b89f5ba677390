import { expect, test } from './support/fixtures';

test('[PUBLIC][SIGN_IN]: the sign-in page renders in German and has a labelled e-mail field', async ({ page }) => {
  const response = await page.goto('/sign-in');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  const email = page.getByLabel('E-Mail-Adresse');
  await expect(email).toBeVisible();
  await expect(email).toHaveAttribute('name', 'email');
  await expect(email).toHaveAttribute('type', 'email');
  await expect(page.getByRole('button', { name: 'Anmeldelink senden' })).toBeEnabled();
});
