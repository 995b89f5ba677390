import type { Locator, Page } from '@playwright/test';
import { seedId } from '../scripts/demo-seed/seed-helpers';
import { expect, linksIn, mailsTo, signIn, test } from './support/fixtures';

// [ALL][KEYBOARD] (issue 15 item 7, decision 0133): the main flows with the keyboard alone. After
// signing in (the fixture's, not the flow) and opening the start address (as typing it would), every
// step is Tab / Shift+Tab to the control, then Enter, Space, arrow keys or typing; no click, no
// fill(), no selectOption(). Each control reached must show a visible focus indicator.
//
// The organisations are ones no other spec signs in as or changes: Optik Braun (K-10017, eligible,
// no agreement) signs; Hausverwaltung Wagner (K-10020, SaaS administration) objects to a change
// privacy staff announce; the support desk opens a session for Pflegedienst Sonnenschein (K-10022).

const braun = { orgId: seedId('org:K-10017'), email: 's.braun@optik-braun.example' };
const wagner = { orgId: seedId('org:K-10020'), email: 'b.wagner@hv-wagner.example' };

/** True when the focused element (or its ::after, as data-table row links draw it) shows an outline or ring. */
async function focusIndicator(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'nothing focused';
    if (!element.matches(':focus-visible')) return `${element.tagName} is focused but not :focus-visible`;
    const shows = (style: CSSStyleDeclaration) =>
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || (style.boxShadow !== 'none' && style.boxShadow !== '');
    if (shows(getComputedStyle(element)) || shows(getComputedStyle(element, '::after'))) return null;
    return `${element.tagName}.${element.className} has no visible focus indicator`;
  });
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 200 } = {}) {
  await expect(target).toBeVisible();
  const handle = await target.elementHandle();
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((element) => document.activeElement === element, handle)) {
      expect(await focusIndicator(page)).toBeNull();
      return;
    }
  }
  throw new Error(`${target} not reached with ${max} × ${back ? 'Shift+Tab' : 'Tab'}`);
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** A closed <select> changes its choice with the arrow keys (Chromium on Linux and Windows). */
async function chooseWithArrows(page: Page, select: Locator, option: RegExp) {
  await tabTo(page, select);
  const labels = await select.locator('option').allTextContents();
  const wanted = labels.findIndex((label) => option.test(label));
  expect(wanted, `option ${option} in ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
  const current = await select.evaluate((element: HTMLSelectElement) => element.selectedIndex);
  for (let i = 0; i < Math.abs(wanted - current); i++) await page.keyboard.press(wanted > current ? 'ArrowDown' : 'ArrowUp');
  await expect(select.locator('option:checked')).toHaveText(option);
}

async function waitForMailAbout(email: string, subjectPart: string, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const mail = (await mailsTo(email)).find((m) => m.subject.includes(subjectPart) || m.text.includes(subjectPart));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`no mail to ${email} about "${subjectPart}" within ${timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test.describe('[ALL][KEYBOARD]', () => {
  test('[CUSTOMER][SIGN_DPA] a signatory signs the DPA with the keyboard alone', async ({ page, login }) => {
    test.setTimeout(120_000);
    await login(braun.email);
    await page.goto(`/orgs/${braun.orgId}`);
    // The skip link comes first and leads to the content.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('href', '#main');
    expect(await focusIndicator(page)).toBeNull();

    await tabTo(page, page.getByRole('link', { name: 'Vertrag prüfen und unterzeichnen' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/orgs/${braun.orgId}/dpa$`));
    await expect(page.getByRole('heading', { name: 'Noch nicht unterzeichnet' })).toBeVisible();

    // The declaration comes first, then name and position (tabTo never wraps past them: max 3).
    const authority = page.getByRole('checkbox', { name: /Ich bestätige, dass ich berechtigt bin/ });
    await tabTo(page, authority);
    await page.keyboard.press('Space');
    await expect(authority).toBeChecked();
    await tabTo(page, page.getByLabel('Vollständiger Name'), { max: 3 });
    await page.keyboard.type('Susanne Braun');
    await tabTo(page, page.getByLabel('Funktion'), { max: 3 });
    await page.keyboard.type('Geschäftsführerin');
    // Shift+Tab goes back the same way.
    await tabTo(page, page.getByLabel('Vollständiger Name'), { back: true, max: 3 });
    await expect(page.getByLabel('Vollständiger Name')).toHaveValue('Susanne Braun');
    await expect(page.getByLabel('Funktion')).toHaveValue('Geschäftsführerin');

    const sign = page.getByRole('button', { name: 'Unterzeichnen …' });
    await tabTo(page, sign);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Verbindlich unterzeichnen?' });
    await expect(dialog).toBeVisible();
    // Escape leaves the dialog without signing, and the focus returns to the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(sign).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByRole('button', { name: 'Jetzt verbindlich unterzeichnen' }), { max: 10 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Vielen Dank – der Vertrag ist unterzeichnet' })).toBeVisible({ timeout: 20_000 });
  });

  test('[PRIVACY→CUSTOMER][CHANGE_NOTICE] staff announce a change and the customer objects, with the keyboard alone', async ({ browser, baseURL }) => {
    test.setTimeout(240_000);
    const origin = new URL(baseURL!).origin;
    const title = `Tastatur: neue Klimatisierung ${Date.now()}`;

    // ---- privacy staff draft the change ...
    const staffContext = await browser.newContext({ baseURL });
    const staff = await signIn(await staffContext.newPage(), 'privacy', origin);
    await staff.goto('/staff/change-notices/new');
    const draft = staff.locator('form').filter({ has: staff.locator('input[name="titleDe"]') });
    await chooseWithArrows(staff, draft.locator('select[name="kind"]'), /^Wesentliche Änderung$/);
    await chooseWithArrows(staff, draft.locator('select[name="subprocessorId"]'), /Rhein-Main Datacenter/);
    await typeInto(staff, draft.locator('[name="titleDe"]'), title);
    await typeInto(staff, draft.locator('[name="titleEn"]'), `${title} (en)`);
    await typeInto(staff, draft.locator('[name="descriptionDe"]'), 'Die Klimatisierung der Rechenzentrumsfläche wird erneuert.');
    await typeInto(staff, draft.locator('[name="descriptionEn"]'), 'The cooling of the data centre space is renewed.');
    const service = draft.getByRole('checkbox', { name: /SaaS-Administration/ });
    await tabTo(staff, service);
    await staff.keyboard.press('Space');
    await expect(service).toBeChecked();
    await tabTo(staff, draft.getByRole('button', { name: 'Entwurf speichern' }));
    await staff.keyboard.press('Enter');
    await expect(staff).toHaveURL(/\/staff\/change-notices\/[0-9a-f-]{36}$/);

    // ---- ... and announce it
    const announce = staff.getByRole('region', { name: 'Ankündigen' }).getByRole('button', { name: 'Jetzt ankündigen' });
    await tabTo(staff, announce);
    await staff.keyboard.press('Enter');
    const confirm = staff.getByRole('dialog').getByRole('button', { name: 'Jetzt ankündigen' });
    await tabTo(staff, confirm, { max: 10 });
    await staff.keyboard.press('Enter');
    await expect(staff).toHaveURL(/done=announce/);

    // ---- the signatory opens the mail's link and objects
    const mail = await waitForMailAbout(wagner.email, title);
    const link = linksIn(mail, origin).find((l) => l.includes(`/orgs/${wagner.orgId}/notices/`));
    expect(link, 'the change notice links to the notice in the portal').toBeTruthy();
    const customerContext = await browser.newContext({ baseURL });
    const page = await signIn(await customerContext.newPage(), wagner.email, origin);
    await page.goto(link!);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const reason = page.getByLabel('Begründung Ihres Einspruchs');
    await typeInto(page, reason, 'Wir möchten vorher die Wartungsfenster abstimmen.');
    await tabTo(page, page.locator('#objection form').getByRole('button', { name: 'Einspruch prüfen und einreichen' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('dialog').getByRole('button', { name: 'Ja, Einspruch einreichen' }), { max: 10 });
    await page.keyboard.press('Enter');
    await expect(page.getByText('Ihr Einspruch ist eingegangen.')).toBeVisible();
    await expect(page.locator('#objection')).toContainText('Einspruch offen');

    await staffContext.close();
    await customerContext.close();
  });

  test('[SUPPORT][REMOTE_SESSION] support finds a customer, starts and ends a remote session with the keyboard alone', async ({ page, login }) => {
    test.setTimeout(120_000);
    await login('support');
    await page.goto('/staff');
    await typeInto(page, page.getByLabel('Kunden suchen'), 'Sonnenschein');
    const rows = page.locator('table tbody tr');
    await expect(rows).toHaveCount(1);
    await tabTo(page, rows.first().getByRole('link', { name: /Sonnenschein/ }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/staff\/support\/[0-9a-f-]{36}$/);
    await expect(page.locator('[data-action="remote_support"]')).toContainText('erlaubt');

    const ticket = `T-KB-${Date.now() % 100000}`;
    await typeInto(page, page.getByLabel('Ticket-Referenz'), ticket);
    await typeInto(page, page.getByLabel('Anlass'), 'Pflegedokumentation startet nicht');
    await tabTo(page, page.getByRole('button', { name: 'Sitzung starten' }));
    await page.keyboard.press('Enter');
    const started = page.getByText(/Sitzung RS-[0-9A-F]{8} gestartet/);
    await expect(started).toBeVisible();
    const reference = (await started.innerText()).match(/RS-[0-9A-F]{8}/)![0];

    const end = page.locator('table tbody tr', { hasText: reference }).getByRole('button', { name: 'Sitzung beenden' });
    await tabTo(page, end);
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('dialog').getByRole('button', { name: 'Sitzung beenden' }), { max: 10 });
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Sitzung ${reference} beendet.`)).toBeVisible();
  });
});
