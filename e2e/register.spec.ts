import { expect, test } from './support/fixtures';
import { orgIds } from './support/demo-ids';
import { addDays, daysBetween, earliestEffectiveDate, localDate } from '../lib/change-notices/compute-effective-date';

// The register and change notices in the real app. The first test announces a notice (adding the
// planned second backup site for e-mail hosting); the second one looks at it as a customer, so
// the two run in order. No other spec looks at change notices or at the Bodensee entry.
test.describe.configure({ mode: 'serial' });

const TITLE_DE = 'Zweiter Sicherungsstandort am Bodensee';

test('[PRIVACY][CHANGE_NOTICE]: privacy staff draft a notice, preview counts and the mail in both languages, announce it', async ({ page, login }) => {
  const earliest = earliestEffectiveDate(new Date(), 30, 'Europe/Berlin');
  await login('privacy');
  await page.goto('/staff/change-notices/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Neue Änderungsmitteilung' })).toBeVisible();

  // Saving with nothing filled in names every missing field and writes nothing.
  await page.getByRole('button', { name: 'Entwurf speichern' }).click();
  await expect(page.getByLabel('Titel (Deutsch)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Titel (Deutsch)')).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
  await expect(page.getByLabel('Unterauftragsverarbeiter', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Art der Änderung').selectOption('add');
  await page.getByLabel('Unterauftragsverarbeiter', { exact: true }).selectOption({ label: 'Bodensee Datacenter GmbH (Geplant)' });
  await page.getByLabel('Titel (Deutsch)').fill(TITLE_DE);
  await page.getByLabel('Titel (Englisch)').fill('Second backup site at Lake Constance');
  await page.getByLabel('Beschreibung (Deutsch)').fill('Verschlüsselte Sicherungen Ihrer Postfächer zusätzlich in Friedrichshafen.');
  await page.getByLabel('Beschreibung (Englisch)').fill('Encrypted backups of your mailboxes additionally in Friedrichshafen.');
  await page.getByRole('checkbox', { name: 'E-Mail-Hosting' }).check();
  // One day too early: a draft may say so, the announcement refuses it.
  await page.getByLabel('Wirksam ab (Datum)').fill(addDays(earliest, -1));
  await page.getByRole('button', { name: 'Entwurf speichern' }).click();
  await expect(page).toHaveURL(/\/staff\/change-notices\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: TITLE_DE })).toBeVisible();

  // Preview: organisations and recipients, and the mail in German and English.
  const organisations = Number(await page.getByTestId('preview-organisations').innerText());
  const recipients = Number(await page.getByTestId('preview-recipients').innerText());
  expect(organisations).toBeGreaterThan(0);
  expect(recipients).toBeGreaterThanOrEqual(organisations);
  await expect(page.getByTestId('mail-subject').first()).toContainText('Neuer Unterauftragsverarbeiter: Bodensee Datacenter GmbH');
  await expect(page.getByTestId('mail-subject').nth(1)).toContainText('New subprocessor: Bodensee Datacenter GmbH');
  await expect(page.frameLocator('iframe[title*="Neuer Unterauftragsverarbeiter"]').getByText('Einspruch möglich bis')).toBeVisible();
  await expect(page.frameLocator('iframe[title*="New subprocessor"]').getByText('Deadline to object')).toBeVisible();

  // Announcing asks first (the ConfirmDialog); cancelling sends nothing.
  const announce = page.getByRole('region', { name: 'Ankündigen' });
  await announce.getByRole('button', { name: 'Jetzt ankündigen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ankündigen' });
  await expect(dialog).toContainText('Ich habe Vorschau und Empfänger geprüft');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('main header').first().getByText('Entwurf', { exact: true })).toBeVisible();
  // Confirmed, but the date is one day too early: refused, still a draft.
  await announce.getByRole('button', { name: 'Jetzt ankündigen' }).click();
  await dialog.getByRole('button', { name: 'Jetzt ankündigen' }).click();
  await expect(announce.getByRole('alert')).toContainText('vor Ablauf der Ankündigungsfrist');
  await expect(page.locator('main header').first().getByText('Entwurf', { exact: true })).toBeVisible();

  // The earliest allowed date passes.
  await page.getByLabel('Wirksam ab (Datum)').fill(earliest);
  await page.getByRole('button', { name: 'Entwurf speichern' }).click();
  await expect(page.getByText('Entwurf gespeichert.')).toBeVisible();
  await announce.getByRole('button', { name: 'Jetzt ankündigen' }).click();
  await dialog.getByRole('button', { name: 'Jetzt ankündigen' }).click();
  await expect(page.getByText(`Angekündigt: ${organisations} Organisationen, ${recipients} E-Mails eingereiht.`)).toBeVisible();
  await expect(page.locator('main header').first().getByText('Angekündigt', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Zurückziehen' })).toBeVisible();

  // The list counts it among the announced notices; the register lists it as upcoming.
  await page.goto('/staff/change-notices?status=announced');
  await expect(page.getByRole('link', { name: TITLE_DE })).toBeVisible();
  await page.goto('/staff/register');
  await expect(page.getByRole('region', { name: 'Anstehende Änderungen' })).toContainText(TITLE_DE);
});

test('[CUSTOMER][REGISTER]: a customer sees its annex and the upcoming change with days left', async ({ page, login }) => {
  await login('signatory');
  await page.goto(`/orgs/${orgIds.current}/register`);
  await expect(page.getByRole('heading', { level: 1, name: 'Unterauftragsverarbeiter (Anlage IV)' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Unterauftragsverarbeiter' });
  // E-mail hosting is booked; monitoring is not, so its SMS gateway is not in the annex.
  await expect(table).toContainText('Nordsee Mailsecurity GmbH');
  await expect(table).not.toContainText('Sendwerk Kommunikation GmbH');
  await expect(table).not.toContainText('Bodensee Datacenter GmbH');

  const upcoming = page.getByRole('region', { name: 'Anstehende Änderungen' });
  await expect(upcoming).toContainText(TITLE_DE);
  // The first test announced at the earliest effective date: 30 full days after the day of receipt
  // (decision 0080), so from today that is 31 days or more (more when received on a later working day).
  const today = localDate(new Date(), 'Europe/Berlin');
  await expect(upcoming).toContainText(`noch ${daysBetween(today, earliestEffectiveDate(new Date(), 30, 'Europe/Berlin'))} Tage`);
  await expect(upcoming.getByRole('link', { name: 'Mitteilung ansehen' })).toHaveAttribute(
    'href',
    new RegExp(`^/orgs/${orgIds.current}/notices/[0-9a-f-]{36}$`),
  );

  // Filters and the register of a past day.
  await page.getByLabel('Garantie').selectOption('scc');
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table).toContainText('Helpdeskly Inc.');
  await page.goto(`/orgs/${orgIds.current}/register?asOf=${addDays(new Date().toISOString().slice(0, 10), -300)}`);
  await expect(table).toContainText('Spamwall Filterdienste GmbH');
  await expect(table).not.toContainText('Nordsee Mailsecurity GmbH');

  // A stranger's register is not found.
  const response = await page.goto(`/orgs/${orgIds.none}/register`);
  expect(response?.status()).toBe(404);
});
