import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

// The UI kit on its own page (/dev/kit, demo database only): what every page built from it can
// rely on. The page is public and carries sample data only.

test.describe('[ALL][UI_KIT]', () => {
  test('an ActionForm checks in the browser, puts focus on the first problem and says what is wrong', async ({ page }) => {
    await page.goto('/dev/kit');
    await page.getByRole('button', { name: 'Absenden' }).click();
    const name = page.getByLabel('Firmenname');
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus. So, wie er im Handelsregister steht.');
    await expect(page.getByLabel('Ich bin berechtigt, die Organisation zu vertreten.')).toHaveAccessibleDescription('Bitte bestätigen Sie Ihre Vertretungsberechtigung.');
    await expectAccessible(page, 'field errors');

    await name.fill('x'.repeat(41));
    await page.getByRole('button', { name: 'Absenden' }).click();
    await expect(name).toHaveAccessibleDescription(/^Höchstens 40 Zeichen\./);
  });

  test('the confirmation dialog takes focus, Escape cancels and gives focus back, Confirm sends', async ({ page }) => {
    await page.goto('/dev/kit');
    await page.getByLabel('Firmenname').fill('Brauerei Zoller KG');
    await page.getByLabel('Leistung').selectOption('hosting');
    await page.getByLabel('Ich bin berechtigt, die Organisation zu vertreten.').check();
    const submit = page.getByRole('button', { name: 'Absenden' });
    await submit.click();

    const dialog = page.getByRole('dialog', { name: 'Wirklich absenden?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleDescription(/Das Beispiel ändert nichts/);
    await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
    await expectAccessible(page, 'dialog open');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(submit).toBeFocused();
    await expect(page.getByText('Die Aktion hat')).toHaveCount(0);

    await submit.click();
    await dialog.getByRole('button', { name: 'Jetzt absenden' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Die Aktion hat „Brauerei Zoller KG“ geprüft und angenommen.' })).toBeVisible();
  });

  test('the server checks too: without JavaScript the same messages come back', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/dev/kit');
    await page.getByLabel('Firmenname').fill('Brauerei Zoller KG');
    await page.getByRole('button', { name: 'Absenden' }).click();
    await expect(page.getByLabel('Leistung')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Bitte bestätigen Sie Ihre Vertretungsberechtigung.')).toBeVisible();
    await context.close();
  });

  test('a DataTable sorts in German collation, both ways, and says how it is sorted', async ({ page }) => {
    await page.goto('/dev/kit');
    const table = page.getByRole('table', { name: 'Beispiel-Organisationen' });
    const names = () => table.locator('tbody th').allInnerTexts();
    await table.getByRole('button', { name: /Organisation/ }).click();
    await expect(table.getByRole('columnheader', { name: /Organisation/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(await names()).toEqual(['Apotheke am Markt', 'Bäckerei Hofmann GmbH & Co. KG', 'Brauerei Zoller KG', 'Ökostrom Nord eG', 'Zahnarztpraxis Özdemir']);
    await table.getByRole('button', { name: /Organisation/ }).click();
    await expect(table.getByRole('columnheader', { name: /Organisation/ })).toHaveAttribute('aria-sort', 'descending');
    expect((await names())[0]).toBe('Zahnarztpraxis Özdemir');
  });

  test('on a phone, tables stack with their column names and the tab row shows that it continues', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/dev/kit');
    const tabs = page.getByRole('navigation', { name: 'Beispiel-Reiter' }).locator('[data-overflow-end]');
    await expect(tabs).toHaveAttribute('data-overflow-end', 'true');
    const cell = page.getByRole('table', { name: 'Beispiel-Organisationen' }).locator('tbody td').first();
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Kundennummer"');
    // Nothing sticks out of the page sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'phone width');
  });

  test('in English too', async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
    await page.goto('/dev/kit');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByLabel('Company name')).toHaveAccessibleDescription('Please fill in this field. As in the commercial register.');
    await expectAccessible(page, 'English, field errors');
  });
});
