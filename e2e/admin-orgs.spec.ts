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

test('[ADMIN][IMPORT]: a CSV with a bad row is refused with row and column; the fixed file is previewed and imported', async ({ page, login }) => {
  const prefix = `CSV${Date.now().toString(36).toUpperCase()}`;
  const header = 'Kundennummer;Firma;Straße;PLZ;Ort;Telefon;Dienst;Vertragsnummer;Vertragsbeginn;Vertragsende';
  const rows = (phone: string) =>
    [header, `${prefix}-1;Dachdeckerei Sommer GmbH;Ring 1;72622;Nürtingen;${phone};webhosting;V-1;01.03.2026;`, `${prefix}-2;Malerei Winter KG;Ring 2;72622;Nürtingen;;email;V-2;1.1.2026;31.12.2027`].join('\n');
  const file = (text: string) => ({ name: 'crm-export.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });

  await login('admin');
  await page.goto('/staff/admin/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationen und Verträge importieren' })).toBeVisible();

  await page.getByLabel('CSV-Datei').setInputFiles(file(rows('+49 12')));
  await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Problem' })).toContainText('1 Problem: Es wird nichts importiert');
  const problems = page.getByRole('table', { name: 'Probleme in der Datei' });
  await expect(problems).toContainText('Telefon');
  await expect(problems).toContainText('Keine gültige Telefonnummer.');
  await expect(problems.getByRole('cell', { name: '2', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Jetzt importieren' })).toHaveCount(0);

  await page.getByLabel('CSV-Datei').setInputFiles(file(rows('07022 33 44 55')));
  await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('Neue Organisationen: 2');
  await expect(page.getByTestId('import-summary')).toContainText('Neue Verträge: 2');
  await page.getByRole('button', { name: 'Jetzt importieren' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Jetzt importieren' }).click();
  await expect(page.getByText('Importiert: 2 neue Organisationen, 2 neue Verträge.')).toBeVisible();

  await page.goto(`/staff/admin/orgs?q=${prefix}`);
  await expect(page.getByRole('link', { name: `${prefix}-1` })).toBeVisible();
  await expect(page.getByRole('link', { name: `${prefix}-2` })).toBeVisible();
});
