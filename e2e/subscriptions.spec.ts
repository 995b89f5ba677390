import { expect, linksIn, test, waitForMail } from './support/fixtures';
import { orgIds } from './support/demo-ids';

// Subscriptions in the real app: notice contacts confirmed by mail (through the real SMTP sink),
// secret feed URLs, webhook targets refused, read-only members, and the staff's delivery view.

const subscriptions = `/orgs/${orgIds.current}/subscriptions`;

test('[CUSTOMER][SUBSCRIPTIONS]: a signatory adds a notice contact, who confirms by mail before receiving anything', async ({ page, login, baseURL, browser }) => {
  const origin = new URL(baseURL!).origin;
  const contact = `dsb-${Date.now()}@extern-datenschutz.example`;
  await login('signatory');
  await page.goto(subscriptions);
  await expect(page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' })).toBeVisible();

  // A malformed address: a field message, nothing added.
  const form = page.locator('form').filter({ has: page.getByLabel('E-Mail-Adresse') });
  await form.getByLabel('E-Mail-Adresse').fill('dsb@');
  await form.getByRole('button', { name: 'Kontakt hinzufügen' }).click();
  // A field's error is read with the field (which gets the focus), not as a second alert.
  await expect(form.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@firma.de.')).toBeVisible();
  await expect(form.getByLabel('E-Mail-Adresse')).toBeFocused();
  await expect(form.getByLabel('E-Mail-Adresse')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('E-Mail-Adresse')).toHaveValue('dsb@');

  await form.getByLabel('E-Mail-Adresse').fill(contact);
  await form.getByLabel('Name (optional)').fill('Externe DSB');
  await form.getByLabel('Sprache der Mitteilungen').selectOption('en');
  await form.getByRole('button', { name: 'Kontakt hinzufügen' }).click();
  await expect(form.getByRole('status')).toContainText(`An ${contact} wurde ein Bestätigungslink gesendet.`);
  const row = page.getByRole('row').filter({ hasText: contact });
  await expect(row).toContainText('Wartet auf Bestätigung');

  // The contact, without an account: opening the link changes nothing, the button confirms.
  const mail = await waitForMail(contact, origin, 0);
  // In the contact's own language, chosen above.
  expect(mail.subject).toContain('Please confirm: subprocessor change notices');
  const link = linksIn(mail, origin).find((l) => l.includes('/subscriptions/confirm?token='))!;
  const stranger = await (await browser.newContext({ baseURL })).newPage();
  await stranger.goto(link);
  await expect(stranger.getByRole('heading', { level: 1, name: 'Benachrichtigungen bestätigen' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: contact })).toContainText('Wartet auf Bestätigung');
  await stranger.getByRole('button', { name: 'Ja, Mitteilungen erhalten' }).click();
  await expect(stranger.getByRole('status')).toContainText(`${contact} erhält künftig Änderungsmitteilungen`);
  // Single use.
  await stranger.goto(link);
  await stranger.getByRole('button', { name: 'Ja, Mitteilungen erhalten' }).click();
  await expect(stranger.locator('form').getByRole('alert')).toHaveText('Dieser Bestätigungslink ist ungültig, abgelaufen oder wurde schon verwendet.');
  await stranger.context().close();

  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: contact })).toContainText('Bestätigt');
  await page.getByRole('button', { name: `${contact} entfernen` }).click();
  await expect(page.getByRole('row').filter({ hasText: contact })).toHaveCount(0);
});

test('[CUSTOMER][FEEDS]: feed URLs are shown once; the Atom feed is XML, the calendar iCalendar; rotation retires them', async ({ page, login }) => {
  await login('signatory');
  await page.goto(subscriptions);
  const feeds = page.getByRole('region', { name: 'Feeds' });
  await feeds.getByRole('button', { name: /Feed-Adressen erzeugen/ }).click();
  await expect(feeds.getByRole('status')).toContainText('Kopieren Sie die Adressen jetzt');
  const [atomUrl, calendarUrl] = await feeds.locator('code.secret-value').allInnerTexts();
  expect(atomUrl).toMatch(/\/api\/feeds\/[A-Za-z0-9_-]{43}\/atom$/);

  const atom = await page.request.get(atomUrl!);
  expect(atom.status()).toBe(200);
  expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await atom.text();
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    return { error: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.localName, ns: doc.documentElement.namespaceURI };
  }, xml);
  expect(parsed).toEqual({ error: 0, root: 'feed', ns: 'http://www.w3.org/2005/Atom' });

  const calendar = await page.request.get(calendarUrl!);
  expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const ics = await calendar.text();
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);

  // Shown once: after a reload the page only says they exist; rotating retires the old ones.
  await page.reload();
  await expect(feeds.locator('code.secret-value')).toHaveCount(0);
  await feeds.getByRole('button', { name: /Neue Feed-Adressen erzeugen/ }).click();
  await expect(feeds.locator('code.secret-value')).toHaveCount(2);
  expect((await page.request.get(atomUrl!)).status()).toBe(404);
  expect((await page.request.get('/api/feeds/public/atom')).status()).toBe(200);
});

test('[CUSTOMER][WEBHOOKS]: webhook targets in private ranges, plain http and unknown hosts are refused with a clear message', async ({ page, login }) => {
  await login('signatory');
  await page.goto(subscriptions);
  const form = page.locator('form').filter({ has: page.getByLabel('Webhook-Adresse (https)') });
  const url = form.getByLabel('Webhook-Adresse (https)');
  for (const [target, message] of [
    ['https://169.254.169.254/latest/meta-data/', 'Diese Adresse zeigt auf ein privates, lokales oder reserviertes Netz.'],
    ['https://192.168.1.1/hook', 'Diese Adresse zeigt auf ein privates, lokales oder reserviertes Netz.'],
    ['https://[::1]/hook', 'Diese Adresse zeigt auf ein privates, lokales oder reserviertes Netz.'],
    ['http://hooks.kunde.example/dpa', 'Die Adresse muss mit https:// beginnen.'],
    ['hooks.kunde.example', 'Bitte geben Sie eine vollständige Adresse ein'],
  ] as const) {
    await url.fill(target);
    await form.getByRole('button', { name: 'Webhook hinzufügen' }).click();
    await expect(form.locator('[id$="-error"]')).toContainText(message);
    await expect(url).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(page.getByText('Noch keine Webhooks.')).toBeVisible();
});

test('[CUSTOMER][SUBSCRIPTIONS]: a member sees the subscriptions but cannot change them', async ({ page, login }) => {
  await login('member');
  await page.goto(subscriptions);
  await expect(page.getByText('Nur Unterzeichnungsberechtigte können Benachrichtigungen ändern.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kontakt hinzufügen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Webhook hinzufügen' })).toHaveCount(0);
  expect((await page.goto(`/orgs/${orgIds.none}/subscriptions`))?.status()).toBe(404);
});

test('[STAFF][DELIVERIES]: staff open the delivery view of a change notice; an unknown one is not found', async ({ page, login }) => {
  await login('privacy');
  // A draft of its own (never announced here: other specs own the announcements).
  await page.goto('/staff/change-notices/new');
  await page.getByLabel('Art der Änderung').selectOption('update');
  await page.getByLabel('Unterauftragsverarbeiter', { exact: true }).selectOption({ label: 'Rhein-Main Datacenter GmbH (Aktiv)' });
  await page.getByLabel('Titel (Deutsch)').fill('Zustellungsansicht (Entwurf)');
  await page.getByLabel('Titel (Englisch)').fill('Delivery view (draft)');
  await page.getByLabel('Beschreibung (Deutsch)').fill('Nur für die Zustellungsansicht.');
  await page.getByLabel('Beschreibung (Englisch)').fill('Only for the delivery view.');
  await page.getByRole('checkbox', { name: 'E-Mail-Hosting' }).check();
  await page.getByLabel('Wirksam ab (Datum)').fill('2099-01-01');
  await page.getByRole('button', { name: 'Entwurf speichern' }).click();
  await expect(page).toHaveURL(/\/staff\/change-notices\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').at(-1)!;

  await page.goto(`/staff/change-notices/${id}/deliveries`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zustellungen: Zustellungsansicht (Entwurf)');
  await expect(page.getByText('Noch nicht angekündigt')).toBeVisible();
  await expect(page.locator('dl > div').filter({ has: page.locator('dt', { hasText: /^Gesendet$/ }) }).locator('dd')).toHaveText('0');
  await expect(page.getByText('Keine Zustellungen in dieser Auswahl.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fehlgeschlagene erneut senden' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Nach Status filtern' }).getByRole('link', { name: /Fehlgeschlagen/ }).click();
  await expect(page).toHaveURL(/state=failed/);

  expect((await page.goto('/staff/change-notices/00000000-0000-4000-8000-000000000000/deliveries'))?.status()).toBe(404);
});
