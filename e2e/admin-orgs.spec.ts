import { expect, test } from './support/fixtures';

// The provider's administration in the real app: an admin onboards a customer with a contract.
// The customer number is unique per run, so the spec can run again on the same database.

test('[ADMIN][ORGANISATIONS]: an admin creates an organisation with a contract; bad input gets field messages', async ({ page, login }) => {
  const customerNumber = `E2E-${Date.now().toString(36).toUpperCase()}`;
  await login('admin');
  await page.goto('/staff');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verwaltung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationen (Verwaltung)' })).toBeVisible();
  await page.getByRole('link', { name: 'Neue Organisation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neue Organisation' })).toBeVisible();

  // A customer number that is taken and a malformed phone number: field messages, nothing created.
  await page.getByLabel('Kundennummer').fill('K-10001');
  await page.getByLabel('Firma (vollständiger Name)').fill('Zimmerei Roth GmbH');
  await page.getByLabel('Straße und Hausnummer').fill('Am Markt 3');
  await page.getByLabel('PLZ').fill('72622');
  await page.getByLabel('Ort').fill('Nürtingen');
  await page.getByLabel('Nummer (Telefon 1)').fill('+49 12');
  await page.getByRole('button', { name: 'Organisation anlegen' }).click();
  await expect(page.getByLabel('Nummer (Telefon 1)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Keine gültige Telefonnummer.', { exact: false })).toBeVisible();

  await page.getByLabel('Nummer (Telefon 1)').fill('07022 4455-66');
  await page.getByLabel('Bezeichnung (Telefon 1)').fill('Büro');
  await page.getByRole('button', { name: 'Organisation anlegen' }).click();
  await expect(page.getByText('Diese Kundennummer gehört bereits zu einer anderen Organisation.')).toBeVisible();

  await page.getByLabel('Kundennummer').fill(customerNumber);
  await page.getByLabel('Name (Kontakt 1)').fill('Rita Roth');
  await page.getByLabel('E-Mail (Kontakt 1)').fill('rita.roth@zimmerei-roth.example');
  await page.getByRole('button', { name: 'Organisation anlegen' }).click();
  await expect(page).toHaveURL(/\/staff\/admin\/orgs\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Zimmerei Roth GmbH' })).toBeVisible();
  await expect(page.getByLabel('Nummer (Telefon 1)')).toHaveValue('+49 7022 445566');

  // A contract: the end before the start is refused at the field, then added without an end.
  const add = page.getByRole('form', { name: 'Neuer Vertrag' });
  await add.getByLabel('Dienst').selectOption({ label: 'Webhosting (verarbeitet personenbezogene Daten)' });
  await add.getByLabel('Vertragsnummer').fill('V-E2E-1');
  await add.getByLabel('Beginn').fill('2026-03-01');
  await add.getByLabel('Ende').fill('2026-02-01');
  await add.getByRole('button', { name: 'Vertrag hinzufügen' }).click();
  await expect(add.getByText('Das Enddatum darf nicht vor dem Beginn liegen.')).toBeVisible();
  await add.getByLabel('Ende').fill('');
  await add.getByRole('button', { name: 'Vertrag hinzufügen' }).click();
  await expect(page.getByRole('table', { name: 'Verträge dieser Organisation' })).toContainText('V-E2E-1');
  await expect(page.getByRole('table', { name: 'Verträge dieser Organisation' })).toContainText('aktiv');

  // The list finds it by its customer number.
  await page.goto(`/staff/admin/orgs?q=${customerNumber}`);
  await expect(page.getByRole('link', { name: customerNumber })).toBeVisible();
});
