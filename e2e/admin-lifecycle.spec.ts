import { seedId } from '../scripts/demo-seed/seed-helpers';
import { expect, linksIn, test, waitForMail } from './support/fixtures';

// Issue 11, the whole onboarding in the real app: an admin creates an organisation with a
// processing contract and invites its signatory; the signatory signs in from the mail the SMTP
// sink received and signs the DPA, then invites a colleague as member; the admin disables the
// colleague, whose open page then refuses the next action. And the agreement history: every
// agreement with its PDF, a terminated one with its deletion/return duties; staff see reminders.

const isInvitation = (link: string) => link.includes('/invitations/accept?token=');

test.describe('[ADMIN][LIFECYCLE]', () => {
  test('an admin onboards a customer whose signatory signs the DPA and invites a colleague; the admin disables the colleague', async ({
    page,
    login,
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const origin = new URL(baseURL!).origin;
    const run = Date.now().toString(36);
    const customerNumber = `E2E-L-${run.toUpperCase()}`;
    const signatoryEmail = `inhaberin.${run}@zimmerei-lang.example`;
    const colleagueEmail = `buero.${run}@zimmerei-lang.example`;

    // The admin creates the organisation and a processing contract that began last year.
    await login('admin');
    await page.goto('/staff/admin/orgs/new');
    await page.getByLabel('Kundennummer').fill(customerNumber);
    await page.getByLabel('Firma (vollständiger Name)').fill(`Zimmerei Lang ${run} GmbH`);
    await page.getByLabel('Straße und Hausnummer').fill('Holzweg 7');
    await page.getByLabel('PLZ').fill('72622');
    await page.getByLabel('Ort').fill('Nürtingen');
    await page.getByRole('button', { name: 'Organisation anlegen' }).click();
    await expect(page).toHaveURL(/\/staff\/admin\/orgs\/[0-9a-f-]{36}\?created=1$/);
    const orgId = new URL(page.url()).pathname.split('/').at(-1)!;
    const add = page.getByRole('form', { name: 'Neuer Vertrag' });
    await add.getByLabel('Dienst').selectOption({ label: 'Webhosting (verarbeitet personenbezogene Daten)' });
    await add.getByLabel('Vertragsnummer').fill(`V-${run}`);
    await add.getByLabel('Beginn').fill('2025-01-01');
    await add.getByRole('button', { name: 'Vertrag hinzufügen' }).click();
    await expect(page.getByRole('table', { name: 'Verträge dieser Organisation' })).toContainText(`V-${run}`);

    // ... and invites its signatory (bad address first: a field message, nothing sent).
    const invite = page.getByRole('region', { name: 'Person einladen' });
    await invite.getByLabel('E-Mail-Adresse').fill('keine-adresse');
    await invite.getByRole('button', { name: 'Einladung senden' }).click();
    await expect(invite.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein')).toBeVisible();
    await invite.getByLabel('E-Mail-Adresse').fill(signatoryEmail);
    await expect(invite.getByLabel('Rolle')).toHaveValue('signatory');
    await invite.getByRole('button', { name: 'Einladung senden' }).click();
    await expect(invite.getByRole('status')).toContainText(`Die Einladung an ${signatoryEmail} ist unterwegs.`);

    // The signatory accepts from the received mail in a browser of their own and signs in.
    const signatoryContext = await browser.newContext({ baseURL, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const signatory = await signatoryContext.newPage();
    const invitation = await waitForMail(signatoryEmail, origin, 0, 20_000, isInvitation);
    await signatory.goto(linksIn(invitation, origin).find(isInvitation)!);
    await signatory.getByRole('button', { name: 'Einladung annehmen' }).click();
    await signatory.getByRole('link', { name: 'Jetzt anmelden' }).click();
    await expect(signatory).toHaveURL(new RegExp(`/orgs/${orgId}$`));

    // ... and signs the DPA.
    await signatory.goto(`/orgs/${orgId}/dpa`);
    await signatory.getByLabel('Vollständiger Name').fill('Lena Lang');
    await signatory.getByLabel('Funktion').fill('Geschäftsführerin');
    await signatory.getByRole('checkbox').check();
    await signatory.getByRole('button', { name: 'Unterzeichnen …' }).click();
    await signatory.getByRole('dialog').getByRole('button', { name: 'Jetzt verbindlich unterzeichnen' }).click();
    await expect(signatory.getByRole('heading', { name: 'Vielen Dank – der Vertrag ist unterzeichnet' })).toBeVisible({ timeout: 30_000 });

    // The agreement history lists it, in force, with its PDF.
    await signatory.getByRole('link', { name: 'Alle Verträge' }).click();
    await expect(signatory.getByRole('heading', { level: 1 })).toHaveText('Ihre AV-Verträge');
    const card = signatory.getByRole('region', { name: 'AV-Vertrag, Fassung 2' });
    await expect(card).toContainText('Gültig');
    await expect(card).toContainText('Lena Lang, Geschäftsführerin');
    const download = signatory.waitForEvent('download');
    await card.getByRole('link', { name: 'PDF der Fassung 2 herunterladen' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

    // The signatory invites a colleague as member; the colleague signs in from the mail.
    await signatory.goto(`/orgs/${orgId}/people`);
    await signatory.getByLabel('E-Mail-Adresse').fill(colleagueEmail);
    await signatory.getByRole('button', { name: 'Einladung senden' }).click();
    await expect(signatory.getByRole('status')).toContainText(`Die Einladung an ${colleagueEmail} ist unterwegs.`);
    const colleagueContext = await browser.newContext({ baseURL, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const colleague = await colleagueContext.newPage();
    const colleagueMail = await waitForMail(colleagueEmail, origin, 0, 20_000, isInvitation);
    await colleague.goto(linksIn(colleagueMail, origin).find(isInvitation)!);
    await colleague.getByRole('button', { name: 'Einladung annehmen' }).click();
    await colleague.getByRole('link', { name: 'Jetzt anmelden' }).click();
    await expect(colleague).toHaveURL(new RegExp(`/orgs/${orgId}$`));
    await signatory.reload();
    await expect(signatory.getByRole('row').filter({ hasText: colleagueEmail })).toContainText('Mitglied');

    // The colleague keeps their account page open.
    await colleague.goto('/account');
    await expect(colleague.getByLabel('Name')).toBeVisible();

    // The admin disables the colleague.
    await page.goto(`/staff/admin/people?q=${encodeURIComponent(colleagueEmail)}`);
    await page.getByRole('link', { name: colleagueEmail }).click();
    await page.getByRole('button', { name: 'Zugang sperren' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Zugang sperren' }).click();
    await expect(page.getByRole('status')).toContainText('Der Zugang ist gesperrt.');

    // The open page refuses the next action; the next page asks to sign in.
    await colleague.getByLabel('Name').fill('Bernd Büro');
    await colleague.getByRole('button', { name: 'Speichern' }).click();
    await expect(colleague.getByRole('alert').filter({ hasText: 'Berechtigung' })).toContainText('Dafür fehlt Ihnen die Berechtigung.');
    await colleague.reload();
    await expect(colleague).toHaveURL(/\/sign-in/);

    await colleagueContext.close();
    await signatoryContext.close();
  });

  test('a terminated agreement shows the end of the services and its duties; support is advice only; staff see reminders', async ({ page, login }) => {
    // The demo's former customer: contracts ended 120 days ago, the agreement (version 1) terminated.
    const former = seedId('org:K-10025');
    await login('support');
    await page.goto(`/staff/support/${former}`);
    await expect(page.getByText('Nur Beratung').first()).toBeVisible();

    await page.goto(`/orgs/${former}/agreements`);
    const card = page.getByRole('region', { name: 'AV-Vertrag, Fassung 1' });
    await expect(card).toContainText('Beendet');
    await expect(card.getByRole('region', { name: 'Löschung und Rückgabe Ihrer Daten' })).toContainText('Die Leistungen endeten am');
    await expect(card).toContainText('Diese Fassung nennt keine festen Fristen');

    // Who was reminded when: the demo history, in both languages, filtered by customer number.
    await page.goto('/staff/reminders?org=K-10002');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Erinnerungen zum AV-Vertrag');
    await expect(page.getByRole('row')).toHaveCount(4); // header + the 7, 21 and 42 day steps
    await expect(page.getByRole('row').nth(1)).toContainText('Kein AV-Vertrag');
    await page.goto('/staff/reminders?org=K-10003');
    await expect(page.getByRole('row').nth(1)).toContainText('Ältere Fassung');
  });
});
