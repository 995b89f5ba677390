import { expect, test, demoAccounts, clearMails, linksIn, mailsTo, signIn, waitForMail } from './support/fixtures';
import { orgIds } from './support/demo-ids';

test.describe('[CUSTOMER][SIGN_IN]', () => {
  test('a signatory signs in by magic link from a real SMTP receiver and sees their organisation', async ({ page, login }) => {
    await login('signatory');
    await expect(page).toHaveURL(new RegExp(`/orgs/${orgIds.current}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bäckerei Hofmann');
    await expect(page.getByText('K-10001').first()).toBeVisible();
  });

  test('a link works once: the second use is refused with a clear message', async ({ page, baseURL }) => {
    const email = demoAccounts.outdatedSignatory;
    const origin = new URL(baseURL!).origin;
    const before = Math.max(0, ...(await mailsTo(email)).map((m) => m.id));
    await page.goto('/sign-in');
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    await expect(page.getByRole('status')).toContainText('Bitte prüfen Sie Ihr Postfach');
    const mail = await waitForMail(email, origin, before);
    expect(mail.subject).toBe('Ihr Anmeldelink für das AV-Portal');
    const link = linksIn(mail, origin).find((l) => l.includes('token='))!;

    await page.goto(link);
    await expect(page).toHaveURL(/\/orgs\//);
    await page.context().clearCookies();

    await page.goto(link);
    await expect(page).toHaveURL(/\/sign-in\?error=Verification/);
    await expect(page.getByText('ungültig, abgelaufen oder wurde bereits verwendet')).toBeVisible();
  });

  test('an unknown address gets the same answer as a known one, and no mail', async ({ page }) => {
    const email = 'nobody@unknown-company.example';
    await clearMails(email);
    await page.goto('/sign-in');
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    await expect(page.getByRole('status')).toContainText(`Wenn die Adresse ${email} zu einem Zugang gehört`);
    await page.waitForTimeout(1500); // the worker polls every second: give a wrong mail time to arrive
    expect(await mailsTo(email)).toEqual([]);
  });

  test('a malformed address gets a field message in the user’s language', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('E-Mail-Adresse').fill('not-an-address');
    await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    await expect(page.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein')).toBeVisible();
    await expect(page.getByLabel('E-Mail-Adresse')).toHaveAttribute('aria-invalid', 'true');

    await page.context().addCookies([{ name: 'locale', value: 'en', url: page.url() }]);
    await page.goto('/sign-in');
    // The browser's maxlength stops a person; the server must stop a script that ignores it.
    await page.getByLabel('E-mail address').evaluate((input) => input.removeAttribute('maxlength'));
    await page.getByLabel('E-mail address').fill(`${'x'.repeat(250)}@example.com`);
    await page.getByRole('button', { name: 'Send sign-in link' }).click();
    await expect(page.getByText('At most 254 characters.')).toBeVisible();
  });
});

test.describe('[CUSTOMER][SIGN_OUT]', () => {
  test('sign-out ends the session on the server: the old cookie no longer opens anything', async ({ page, baseURL }) => {
    // Signed in by mail, not from the stored persona session that other specs share.
    await signIn(page, 'member', new URL(baseURL!).origin);
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name.endsWith('authjs.session-token'));
    expect(session).toBeTruthy();

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto(`/orgs/${orgIds.current}`);
    await expect(page).toHaveURL(/\/sign-in/);

    // Replaying the copied cookie must not work either: the session row is gone.
    const replay = await page.request.get(`${baseURL}/api/v1/orgs/${orgIds.current}`, {
      headers: { cookie: `${session!.name}=${session!.value}` },
    });
    expect(replay.status()).toBe(401);
  });
});
