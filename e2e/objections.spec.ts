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
  await expect(page.getByText(/Einspruch möglich bis/)).toBeVisible();
  const form = page.locator('#objection form');
  await form.getByRole('button', { name: 'Einspruch prüfen und einreichen' }).click();
  await expect(page.locator('#reason-error')).toHaveText('Bitte begründen Sie Ihren Einspruch.');
  await expect(page.getByLabel('Begründung Ihres Einspruchs')).toHaveAttribute('aria-describedby', /reason-error/);

  const reason = 'Unsere Kundendaten sollen nur in Frankfurt verarbeitet werden.';
  await page.getByLabel('Begründung Ihres Einspruchs').fill(reason);
  await form.getByRole('button', { name: 'Einspruch prüfen und einreichen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, Einspruch einreichen' }).click();
  await expect(page.getByText('Ihr Einspruch ist eingegangen.')).toBeVisible();
  await expect(page.locator('#objection')).toContainText(reason);
  await expect(page.locator('#objection')).toContainText('Einspruch offen');
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
  const outcome = await waitForMailAbout(customer, `Ihr Einspruch wurde abgelehnt: ${title}`);
  expect(outcome.text).toContain(note);
  expect(linksIn(outcome, origin)).toContain(link);
  await page.goto(link!);
  const panel = page.locator('#objection');
  await expect(panel).toContainText('Einspruch abgelehnt');
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
  await expect(staff.locator('dl')).toContainText('1 × Einspruch abgelehnt');

  await staffContext.close();
  await customerContext.close();
});

// [PRIVACY→CUSTOMER][CHANGE_NOTICE][DEADLINE] (issue 13, decision 0080): the objection deadline the
// customer sees is the one BGB §§ 187(1), 188(1) give. The form offers the earliest effective date;
// the notice is received the day it is sent on a working day before 18:00 Berlin time, else on the
// next working day; that day does not count; 30 days later the period ends at 23:59:59. Computed
// here from the moment of announcement, with nothing but Intl and calendar arithmetic.
test('[PRIVACY→CUSTOMER][CHANGE_NOTICE][DEADLINE]: the deadline shown to the customer ends 30 full days after the day of receipt', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const title = `Neue Brandschutzanlage ${Date.now()}`;

  const staffContext = await browser.newContext({ baseURL });
  const staff = await signIn(await staffContext.newPage(), 'privacy', origin);
  await staff.goto('/staff/change-notices/new');
  const draft = staff.locator('form').filter({ has: staff.locator('input[name="titleDe"]') });
  await draft.locator('select[name="kind"]').selectOption('update');
  const active = await draft.locator('select[name="subprocessorId"] option', { hasText: 'Rhein-Main Datacenter' }).getAttribute('value');
  await draft.locator('select[name="subprocessorId"]').selectOption(active!);
  await draft.locator('[name="titleDe"]').fill(title);
  await draft.locator('[name="titleEn"]').fill(`${title} (en)`);
  await draft.locator('[name="descriptionDe"]').fill('Das Rechenzentrum erhält eine neue Brandschutzanlage.');
  await draft.locator('[name="descriptionEn"]').fill('The data centre gets a new fire suppression system.');
  await draft.getByRole('checkbox', { name: /SaaS-Administration/ }).check();
  await draft.locator('button[type="submit"]').click();
  await expect(staff).toHaveURL(/\/staff\/change-notices\/[0-9a-f-]{36}$/);
  const announce = staff.getByRole('region', { name: 'Ankündigen' });
  await announce.getByRole('button', { name: 'Jetzt ankündigen' }).click();
  const before = new Date();
  await staff.getByRole('dialog').getByRole('button', { name: 'Jetzt ankündigen' }).click();
  await expect(staff).toHaveURL(/done=announce/);
  const after = new Date();

  const notice = await waitForMailAbout(customer, title);
  const link = linksIn(notice, origin).find((l) => l.includes(`/orgs/${customerOrgId}/notices/`))!;
  const customerContext = await browser.newContext({ baseURL });
  const page = await signIn(await customerContext.newPage(), customer, origin);
  await page.goto(link);
  const shown = page.locator('dt', { hasText: /möglich bis/ }).locator('xpath=following-sibling::dd[1]').locator('time');
  const lastMoment = new Date((await shown.getAttribute('datetime'))!);

  const expected = new Set([before, after].map((sent) => addCalendarDays(receiptDay(sent), 30)));
  const berlin = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'medium' }).format(lastMoment);
  expect([...expected].map((day) => `${day} 23:59:59`)).toContain(berlin);
  // Before the fix: effective on the announcement day + 30, so the deadline ended a day or more too early.
  const [day] = berlin.split(' ');
  await expect(shown).toContainText(day!.split('-').reverse().join('.'));

  await staffContext.close();
  await customerContext.close();
});

/** Berlin local date and hour, and weekday (0 = Sunday). */
function berlinParts(at: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23', weekday: 'short' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday!) };
}

function addCalendarDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Fixed-date nationwide holidays plus the Easter-dependent ones of the years this suite runs in. */
const holidays = new Set(
  [2026, 2027, 2028, 2029, 2030].flatMap((y) => [`${y}-01-01`, `${y}-05-01`, `${y}-10-03`, `${y}-12-25`, `${y}-12-26`]).concat(
    // Good Friday, Easter Monday, Ascension, Whit Monday
    ['2026-04-03', '2026-04-06', '2026-05-14', '2026-05-25', '2027-03-26', '2027-03-29', '2027-05-06', '2027-05-17'],
    ['2028-04-14', '2028-04-17', '2028-05-25', '2028-06-05', '2029-03-30', '2029-04-02', '2029-05-10', '2029-05-21'],
    ['2030-04-19', '2030-04-22', '2030-05-30', '2030-06-10'],
  ),
);
const isWorkingDay = (date: string) => {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday >= 1 && weekday <= 5 && !holidays.has(date);
};

function receiptDay(sent: Date): string {
  const { date, hour } = berlinParts(sent);
  if (isWorkingDay(date) && hour < 18) return date;
  let next = addCalendarDays(date, 1);
  while (!isWorkingDay(next)) next = addCalendarDays(next, 1);
  return next;
}
