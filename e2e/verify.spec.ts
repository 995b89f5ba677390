import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

// The public verify page: anyone may check whether a PDF or a SHA-256 hash is one we issued.
// The happy path (a freshly signed PDF recognised here) is part of e2e/sign-dpa.spec.ts.

const provider = 'Nordwind IT-Service GmbH';
const pdfBytes = (size: number) => {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write('%PDF-1.7\n');
  return bytes;
};

test.describe('[PUBLIC][VERIFY]', () => {
  test('ein unbekannter Hashwert wird als „nicht von uns ausgestellt“ beantwortet', async ({ page }) => {
    await page.goto('/verify');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vertragsdokument prüfen');
    await expect(page.getByText('Ihre Datei wird nicht gespeichert')).toBeVisible();
    await page.getByLabel('SHA-256-Hashwert', { exact: true }).fill(`  ${'AB'.repeat(32)} `);
    await page.getByRole('button', { name: 'Hashwert prüfen' }).click();
    const result = page.getByRole('status', { name: 'Ergebnis der Prüfung' });
    await expect(result).toContainText(`Nicht von ${provider} ausgestellt`);
    await expect(result).toContainText('ab'.repeat(32));
    await expect(result).toBeFocused();
    await expectAccessible(page, 'answer: not issued');
  });

  test('eine hochgeladene PDF-Datei, die wir nicht ausgestellt haben: womöglich verändert', async ({ page }) => {
    await page.goto('/verify');
    await page.getByLabel('PDF-Datei', { exact: true }).setInputFiles({ name: 'vertrag.pdf', mimeType: 'application/pdf', buffer: pdfBytes(2048) });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    const result = page.getByRole('status', { name: 'Ergebnis der Prüfung' });
    await expect(result).toContainText(`Nicht von ${provider} ausgestellt`);
    await expect(result).toContainText('wurde sie möglicherweise verändert');
  });

  test('eine Datei, die keine PDF-Datei ist, bekommt eine Feldmeldung', async ({ page }) => {
    await page.goto('/verify');
    const input = page.getByLabel('PDF-Datei', { exact: true });
    await input.setInputFiles({ name: 'notiz.txt', mimeType: 'text/plain', buffer: Buffer.from('Nur eine Notiz.') });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect(page.locator('#verify-file-error')).toHaveText(/Das ist keine PDF-Datei/);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    // The field reads its error first, then its hint; focus is on it, so the error is heard.
    await expect(input).toHaveAttribute('aria-describedby', 'verify-file-error verify-file-hint');
    await expect(input).toBeFocused();
    await expect(page.getByRole('status', { name: 'Ergebnis der Prüfung' })).toBeEmpty();
    await expectAccessible(page, 'field error');
  });

  test('eine Datei über 10 MB bekommt eine Feldmeldung', async ({ page }) => {
    await page.goto('/verify');
    const input = page.getByLabel('PDF-Datei', { exact: true });
    await input.setInputFiles({ name: 'gross.pdf', mimeType: 'application/pdf', buffer: pdfBytes(11 * 1024 * 1024) });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect(page.locator('#verify-file-error')).toHaveText(/größer als 10 MB/);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the server checks too: a non-PDF posted natively gets the field message', async ({ page, baseURL }) => {
      await page.context().addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
      await page.goto('/verify');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verify a contract document');
      await page.getByLabel('PDF file', { exact: true }).setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('plain text') });
      await page.getByRole('button', { name: 'Check file' }).click();
      await expect(page.getByText('This is not a PDF file.')).toBeVisible();
      await expect(page.getByLabel('PDF file', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    });
  });

  test('in English: a malformed hash gets a field message, an unknown one "not issued"', async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
    await page.goto('/verify');
    const field = page.getByLabel('SHA-256 hash', { exact: true });
    await field.fill('12345');
    await page.getByRole('button', { name: 'Check hash' }).click();
    await expect(page.locator('#verify-sha256-error')).toHaveText('A SHA-256 hash consists of exactly 64 characters 0–9 and a–f.');
    await expect(field).toBeFocused();
    await field.fill('0'.repeat(64));
    await page.getByRole('button', { name: 'Check hash' }).click();
    await expect(page.getByRole('status', { name: 'Result of the check' })).toContainText(`Not issued by ${provider}`);
    await expect(page.locator('#verify-sha256-error')).toHaveCount(0);
  });

  test('the JSON API answers machines with codes', async ({ request }) => {
    const unknown = await request.get(`/api/v1/verify?sha256=${'cd'.repeat(32)}`);
    expect(await unknown.json()).toEqual({ issued: false, sha256: 'cd'.repeat(32) });
    const malformed = await request.get('/api/v1/verify?sha256=nope');
    expect(malformed.status()).toBe(422);
    const text = await request.post('/api/v1/verify', { headers: { 'content-type': 'text/plain' }, data: 'hello' });
    expect([text.status(), await text.json()]).toEqual([415, { error: 'UNSUPPORTED_MEDIA_TYPE' }]);
    const big = await request.post('/api/v1/verify', { headers: { 'content-type': 'application/pdf' }, data: pdfBytes(10 * 1024 * 1024 + 1) });
    expect([big.status(), await big.json()]).toEqual([413, { error: 'PAYLOAD_TOO_LARGE' }]);
  });
});
