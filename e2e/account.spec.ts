import fs from 'node:fs';
import { seedId } from '../scripts/demo-seed/seed-helpers';
import { expect, mailsTo, signIn, test } from './support/fixtures';

// A person's own data in the real app: the account page, the JSON download, a field message, and
// the deletion request, after which the agreement's evidence stays, the person is listed for staff
// and no sign-in link is sent to the address any more. The integration test in lib/account proves
// that the address is gone from every table but the audit log.
// Dr. Claudia Meier (K-10006) is used by no other spec: deleting her account disturbs nobody.

const meier = { email: 'c.meier@zahnarzt-meier.example', orgId: seedId('org:K-10006'), legalName: 'Zahnarztpraxis Dr. Meier & Kollegen' };

test('[USER][ACCOUNT]: a signatory sees and downloads their data, then deletes the account; the evidence stays and sign-in is over', async ({ page, login, browser, baseURL }) => {
  await login(meier.email);
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mitgliedschaften und Rollen' })).toContainText(meier.legalName);
  await expect(page.getByRole('region', { name: 'Sitzungen' })).toContainText('Dieses Gerät');
  await expect(page.getByRole('region', { name: 'Von Ihnen unterzeichnete AV-Verträge' })).toContainText('Dr. Claudia Meier');

  // A name too short: a field message in German, nothing saved.
  const profile = page.getByRole('region', { name: 'Profil' });
  await profile.getByLabel('Name').fill('M');
  await profile.getByRole('button', { name: 'Speichern' }).click();
  await expect(profile.getByText('Bitte geben Sie Ihren Namen an (mindestens 2 Zeichen).')).toBeVisible();
  await expect(profile.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');

  // The download: JSON with the memberships and the agreement signed.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Daten als JSON herunterladen' }).click()]);
  const data = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(data.profile.email).toBe(meier.email);
  expect(data.memberships).toEqual([expect.objectContaining({ orgId: meier.orgId, customerNumber: 'K-10006', role: 'signatory' })]);
  expect(data.agreements).toEqual([expect.objectContaining({ orgId: meier.orgId, signerName: 'Dr. Claudia Meier', version: 1 })]);
  expect(JSON.stringify(data.sessions)).not.toMatch(/session_?token/i);

  // The deletion: what is kept and why is on the page; a dialog asks first.
  const deletion = page.getByRole('region', { name: 'Konto löschen' });
  await expect(deletion).toContainText('10 Jahre nach seinem Ende');
  await expect(deletion).toContainText('Prüfprotokoll');
  await deletion.getByRole('button', { name: 'Konto löschen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konto endgültig löschen?' });
  await dialog.getByRole('button', { name: 'Jetzt endgültig löschen' }).click();
  // Signed out at once, on a page that says what was deleted and what is kept (not a bare sign-in page).
  await expect(page).toHaveURL(/\/account\/deleted$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ihr Konto wurde gelöscht' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Was gelöscht wurde');
  await expect(page.getByRole('main')).toContainText('10 Jahre nach seinem Ende');
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in/);

  // No sign-in link for the address any more (the answer is the same as for any address).
  const before = (await mailsTo(meier.email)).length;
  await page.goto('/sign-in');
  const form = page.locator('form').filter({ has: page.locator('input[name="email"]') });
  await form.locator('input[name="email"]').fill(meier.email);
  await form.locator('button[type="submit"]').click();
  await expect(page.getByRole('status')).toBeVisible();
  await page.waitForTimeout(3_000);
  expect((await mailsTo(meier.email)).length).toBe(before);

  // Privacy staff: the organisation's agreement still names its signer; the request is listed.
  const staff = await (await browser.newContext({ baseURL })).newPage();
  await signIn(staff, 'privacy', new URL(baseURL!).origin);
  await staff.goto(`/orgs/${meier.orgId}`);
  await expect(staff.getByText('Dr. Claudia Meier', { exact: false }).first()).toBeVisible();
  await staff.goto('/staff/records/deletions');
  const row = staff.getByRole('row').filter({ hasText: 'deleted-' });
  await expect(row.first()).toContainText('@deleted.invalid');
  await expect(staff.getByRole('main')).not.toContainText(meier.email);
  await staff.context().close();
});

test('[STAFF][RECORDS]: privacy staff download the Art. 30(2) record as PDF and CSV', async ({ page, login }) => {
  await login('privacy');
  await page.goto('/staff/records');
  await expect(page.getByRole('heading', { level: 1, name: 'Verarbeitungsverzeichnis (Art. 30 Abs. 2 DSGVO)' })).toBeVisible();
  await expect(page.getByTestId('record-controllers')).toContainText('Bäckerei Hofmann GmbH & Co. KG');
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF herunterladen' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^Verarbeitungsverzeichnis_Art30-2_\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(fs.readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe('%PDF-');
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV herunterladen' }).click()]);
  expect(fs.readFileSync((await csv.path())!, 'utf8')).toContain('Controller,K-10001,Bäckerei Hofmann GmbH & Co. KG');
});
