import { expectAccessible } from './support/axe';
import { expect, linksIn, mailsTo, signIn, test } from './support/fixtures';
import type { SinkMessage } from './support/parse-mail';
import { seedId } from '../scripts/demo-seed/seed-helpers';

// [PRIVACY→CUSTOMER][CHANGE_NOTICE]: the whole Art. 28(2) loop in a production build with a real
// SMTP receiver: privacy staff draft and announce a change, the delivery worker mails the
// signatory, who follows the mail's link and objects; staff reject with a note; the outcome
// arrives by mail and is shown on the notice.
//
// The change is a material update for 'SaaS administration', so it reaches only seeded customers no
// other spec signs in as (here: Steuerberatung Neumann, K-10008, signatory Dr. Frank Neumann): the
// sign-in fixture takes the newest mail with a link into the app as the magic link, and a change
// notice arriving for the same address at that moment would be taken instead.
const customer = 'f.neumann@stb-neumann.example';
const customerOrgId = seedId('org:K-10008');

async function waitForMailAbout(email: string, subjectPart: string, timeout = 30_000): Promise<SinkMessage> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const mail = (await mailsTo(email)).find((m) => m.subject.includes(subjectPart) || m.text.includes(subjectPart));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail to ${email} about "${subjectPart}" within ${timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test('[PRIVACY→CUSTOMER][CHANGE_NOTICE]: staff announce a change → a real SMTP receiver gets the mail → the customer follows the link and objects → staff decide → the customer sees the outcome', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const title = `Umzug im Rechenzentrum ${Date.now()}`;

  // ---- privacy staff: draft and announce
  const staffContext = await browser.newContext({ baseURL });
  const staff = await signIn(await staffContext.newPage(), 'privacy', origin);
  await staff.goto('/staff/change-notices/new');
  const draft = staff.locator('form').filter({ has: staff.locator('input[name="titleDe"]') });
  await draft.locator('select[name="kind"]').selectOption('update');
  const active = await draft.locator('select[name="subprocessorId"] option', { hasText: 'Rhein-Main Datacenter' }).getAttribute('value');
  await draft.locator('select[name="subprocessorId"]').selectOption(active!);
  await draft.locator('[name="titleDe"]').fill(title);
  await draft.locator('[name="titleEn"]').fill(`${title} (en)`);
  await draft.locator('[name="descriptionDe"]').fill('Die Rechenzentrumsfläche für die SaaS-Administration zieht in einen neuen Gebäudeteil um.');
  await draft.locator('[name="descriptionEn"]').fill('The data centre space used for SaaS administration moves to a new building.');
  await draft.getByRole('checkbox', { name: /SaaS-Administration/ }).check();
  await draft.locator('button[type="submit"]').click();
  await expect(staff).toHaveURL(/\/staff\/change-notices\/[0-9a-f-]{36}$/);
  const staffNoticeUrl = staff.url();

  const announce = staff.getByRole('region', { name: 'Ankündigen' });
  await announce.getByRole('button', { name: 'Jetzt ankündigen' }).click();
  await staff.getByRole('dialog').getByRole('button', { name: 'Jetzt ankündigen' }).click();
  await expect(staff).toHaveURL(/done=announce/);

  // ---- the change notice arrives through the SMTP receiver, with a link into the portal
  const notice = await waitForMailAbout(customer, title);
  const link = linksIn(notice, origin).find((l) => l.includes(`/orgs/${customerOrgId}/notices/`));
  expect(link, 'the change notice links to the notice in the portal').toBeTruthy();

  // ---- the signatory follows the link and objects (an empty reason is refused first)
  const customerContext = await browser.newContext({ baseURL });
  const page = await signIn(await customerContext.newPage(), customer, origin);
  await page.goto(link!);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/Widerspruch möglich bis/)).toBeVisible();
  const form = page.locator('#objection form');
  await form.getByRole('button', { name: 'Widerspruch prüfen und einreichen' }).click();
  await expect(page.locator('#reason-error')).toHaveText('Bitte begründen Sie Ihren Widerspruch.');
  await expect(page.getByLabel('Begründung Ihres Widerspruchs')).toHaveAttribute('aria-describedby', /reason-error/);

  const reason = 'Unsere Kundendaten sollen nur in Frankfurt verarbeitet werden.';
  await page.getByLabel('Begründung Ihres Widerspruchs').fill(reason);
  await form.getByRole('button', { name: 'Widerspruch prüfen und einreichen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, Widerspruch einreichen' }).click();
  await expect(page.getByText('Ihr Widerspruch ist eingegangen.')).toBeVisible();
  await expect(page.locator('#objection')).toContainText(reason);
  await expect(page.locator('#objection')).toContainText('Widerspruch offen');
  await expectAccessible(page, 'notice with an open objection (signatory)');

  // ---- opening the notice was recorded (by an action once it was shown, never while rendering):
  // the list no longer marks it unread
  await page.goto(`/orgs/${customerOrgId}/notices`);
  const row = page.locator('tbody tr').filter({ hasText: title });
  await expect(row).toBeVisible();
  await expect(row).not.toContainText('ungelesen');

  // ---- privacy staff see it among the open objections and reject it with a note
  await staff.goto('/staff/objections');
  const item = staff.getByRole('article').filter({ hasText: title });
  await expect(item).toContainText(reason);
  await item.getByRole('radio', { name: /^Ablehnen/ }).check();
  await item.getByRole('button', { name: 'Entscheidung prüfen' }).click();
  // A rejection without a note is refused before anything is sent (the error is read with the field).
  await expect(item.getByLabel('Notiz an den Kunden')).toHaveAccessibleDescription(/Bitte begründen Sie die Ablehnung/);
  const note = 'Der Standort ist für die Ausfallsicherheit nötig; Daten bleiben in der EU.';
  await item.getByLabel('Notiz an den Kunden').fill(note);
  await item.getByRole('button', { name: 'Entscheidung prüfen' }).click();
  await item.getByRole('dialog').getByRole('button', { name: 'Ja, entscheiden und mitteilen' }).click();
  await expect(staff.getByText('Entschieden und mitgeteilt.')).toBeVisible();
  await expect(staff.locator('#decided')).toContainText(title);

  // ---- the customer is told: by mail, and on the notice
  const outcome = await waitForMailAbout(customer, `Ihr Widerspruch wurde abgelehnt: ${title}`);
  expect(outcome.text).toContain(note);
  expect(linksIn(outcome, origin)).toContain(link);
  await page.goto(link!);
  const panel = page.locator('#objection');
  await expect(panel).toContainText('Widerspruch abgelehnt');
  await expect(panel).toContainText(note);
  await expect(panel).toContainText('kündigen');
  await expect(panel.locator('form')).toHaveCount(0);
  // The outcome names the support address and phone as links; the customer's reason is a quote.
  await expect(panel.getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/);
  await expect(panel.locator('a[href^="tel:"]')).toHaveAttribute('href', /^tel:\+?\d+$/);
  await expect(panel.locator('blockquote')).toHaveText(reason);
  await expect(panel.getByRole('heading', { name: reason })).toHaveCount(0);
  await expectAccessible(page, 'notice with a rejected objection (signatory)');

  // ---- and the objection shows wherever staff see the notice
  await staff.goto(staffNoticeUrl);
  await expect(staff.locator('dl')).toContainText('1 × Widerspruch abgelehnt');

  await staffContext.close();
  await customerContext.close();
});
