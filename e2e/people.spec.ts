import { expect, linksIn, signIn, test, waitForMail } from './support/fixtures';
import { orgIds } from './support/demo-ids';

// Issue 11, people and roles: a signatory invites a colleague, who accepts from the mail the real
// SMTP sink received and signs in; the signatory makes them a signatory; an admin disables them,
// and the page the colleague still has open refuses their next action.

test.describe('[CUSTOMER][PEOPLE]', () => {
  test('a signatory invites a colleague, who signs in from the mail; an admin disables them and their open page refuses the next action', async ({
    page,
    login,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const origin = new URL(baseURL!).origin;
    const colleague = `kollegin.${Date.now()}@baeckerei-hofmann.example`;
    const peoplePath = `/orgs/${orgIds.current}/people`;

    // The signatory invites.
    await login('signatory');
    await page.goto(peoplePath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personen');
    await page.getByLabel('E-Mail-Adresse').fill('kein-gültiger-wert');
    await page.getByRole('button', { name: 'Einladung senden' }).click();
    await expect(page.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein')).toBeVisible();
    await page.getByLabel('E-Mail-Adresse').fill(colleague);
    await page.getByRole('button', { name: 'Einladung senden' }).click();
    await expect(page.getByRole('status')).toContainText(`Die Einladung an ${colleague} ist unterwegs.`);

    // The colleague opens the mail's link in a browser of their own, accepts and signs in.
    const isInvitation = (link: string) => link.includes('/invitations/accept?token=');
    const mail = await waitForMail(colleague, origin, 0, 15_000, isInvitation);
    expect(mail.subject).toBe('Einladung ins AV-Portal für Bäckerei Hofmann GmbH & Co. KG');
    const colleagueContext = await browser.newContext({ baseURL, locale: 'de-DE' });
    const colleaguePage = await colleagueContext.newPage();
    await colleaguePage.goto(linksIn(mail, origin).find(isInvitation)!);
    await colleaguePage.getByRole('button', { name: 'Einladung annehmen' }).click();
    await expect(colleaguePage.getByRole('status')).toContainText(`Die Einladung für ${colleague} ist angenommen.`);
    await colleaguePage.getByRole('link', { name: 'Jetzt anmelden' }).click();
    await expect(colleaguePage).toHaveURL(new RegExp(`/orgs/${orgIds.current}$`));
    await expect(colleaguePage.getByRole('heading', { level: 1 })).toContainText('Bäckerei Hofmann');

    // The link worked once: a second use is refused.
    await colleaguePage.goto(linksIn(mail, origin).find(isInvitation)!);
    await colleaguePage.getByRole('button', { name: 'Einladung annehmen' }).click();
    await expect(colleaguePage.getByRole('alert').filter({ hasText: 'ungültig' })).toContainText('ungültig, abgelaufen oder wurde bereits angenommen');

    // The signatory sees the colleague as a member and makes them a signatory.
    await page.goto(peoplePath);
    const row = page.getByRole('row').filter({ hasText: colleague });
    await expect(row).toContainText('Mitglied');
    await row.getByRole('button', { name: 'Zur unterzeichnungsberechtigten Person machen' }).click();
    await expect(page.getByRole('row').filter({ hasText: colleague })).toContainText('Unterzeichnungsberechtigt');

    // The colleague, now a signatory, opens the people page and leaves it open.
    await colleaguePage.goto(peoplePath);
    await expect(colleaguePage.getByRole('heading', { level: 1 })).toHaveText('Personen');

    // An admin disables the colleague.
    const adminContext = await browser.newContext({ baseURL, locale: 'de-DE' });
    const adminPage = await signIn(await adminContext.newPage(), 'admin', origin);
    await adminPage.goto(`/staff/admin/people?q=${encodeURIComponent(colleague)}`);
    await adminPage.getByRole('link', { name: colleague }).click();
    await expect(adminPage.getByRole('heading', { level: 1 })).toHaveText(colleague);
    await adminPage.getByRole('button', { name: 'Zugang sperren' }).click();
    await adminPage.getByRole('dialog').getByRole('button', { name: 'Zugang sperren' }).click();
    await expect(adminPage.getByRole('status')).toContainText('Der Zugang ist gesperrt.');

    // The colleague's open page: the next action is refused, and the next page asks to sign in.
    await colleaguePage.getByLabel('E-Mail-Adresse').fill(`noch.jemand.${Date.now()}@baeckerei-hofmann.example`);
    await colleaguePage.getByRole('button', { name: 'Einladung senden' }).click();
    await expect(colleaguePage.getByRole('alert').filter({ hasText: 'Berechtigung' })).toContainText('Dafür fehlt Ihnen die Berechtigung.');
    await colleaguePage.reload();
    await expect(colleaguePage).toHaveURL(/\/sign-in/);

    await colleagueContext.close();
    await adminContext.close();
  });

  test('a member cannot open the people page; another organisation’s people page is not found', async ({ page, login }) => {
    await login('member');
    const own = await page.goto(`/orgs/${orgIds.current}/people`);
    expect(own?.status()).toBe(403);
    const other = await page.goto(`/orgs/${orgIds.none}/people`);
    expect(other?.status()).toBe(404);
  });
});
