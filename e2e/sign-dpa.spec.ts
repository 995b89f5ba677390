import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { seedId } from '../scripts/demo-seed/seed-helpers';
import { expect, mailsTo, test } from './support/fixtures';
import { orgIds } from './support/demo-ids';

// [CUSTOMER][SIGN_DPA]: review, sign, download, verify; in German and in English.
// Signing cannot be undone, and every spec shares one database, so these tests sign organisations
// no other spec relies on: K-10010 (eligible, no agreement; staff.spec.ts counts K-10002 among the
// unsigned ones) and K-10009 (agreement on version 1, with a member).

const keller = { orgId: seedId('org:K-10010'), email: 's.keller@physio-keller.example', name: 'Stefan Keller' };
const schwanen = { orgId: seedId('org:K-10009'), email: 'c.haas@hotel-schwanen.example', member: 'm.rossi@hotel-schwanen.example' };
const provider = 'Nordwind IT-Service GmbH';

test.describe.configure({ mode: 'serial' });

async function downloadPdf(page: Page, label: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: label }).click()]);
  const bytes = fs.readFileSync((await download.path())!);
  return { bytes, fileName: download.suggestedFilename(), sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function verifyOnPublicPage(page: Page, file: { bytes: Buffer; fileName: string }, labels: { file: string; submit: string; result: string; issued: string }) {
  await page.goto('/verify');
  await page.getByLabel(labels.file, { exact: true }).setInputFiles({ name: file.fileName, mimeType: 'application/pdf', buffer: file.bytes });
  await page.getByRole('button', { name: labels.submit }).click();
  await expect(page.getByRole('status', { name: labels.result })).toContainText(labels.issued);
}

/**
 * The thank-you after signing: scrolled into view, not under the sticky header, and the header is
 * opaque (text scrolled under it must not shine through as ghost text).
 */
async function expectBelowOpaqueHeader(page: Page, heading: Locator) {
  const header = page.getByRole('banner');
  await expect(heading).toBeInViewport();
  const background = await header.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toMatch(/^rgb\(/); // rgba(…, 0.x) would be see-through
  await expect
    .poll(async () => {
      const [bar, box] = await Promise.all([header.boundingBox(), heading.boundingBox()]);
      return bar && box ? box.y - (bar.y + bar.height) : -1;
    })
    .toBeGreaterThanOrEqual(0);
}

test.describe('[CUSTOMER][SIGN_DPA]', () => {
  test('Unterzeichnungsberechtigter prüft den Vertrag, unterzeichnet, lädt das PDF herunter und prüft es', async ({ page, login }) => {
    await login(keller.email);
    await page.goto(`/orgs/${keller.orgId}`);
    await page.getByRole('link', { name: 'Vertrag prüfen und unterzeichnen' }).click();
    await expect(page).toHaveURL(new RegExp(`/orgs/${keller.orgId}/dpa$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auftragsverarbeitungsvertrag');
    await expect(page.getByRole('heading', { name: 'Noch nicht unterzeichnet' })).toBeVisible();

    // Table of contents and all four annexes, filled in for this organisation.
    const toc = page.getByRole('navigation', { name: 'Inhalt' });
    await toc.getByRole('link', { name: /^Anlage IV/ }).click();
    await expect(page).toHaveURL(/#annex-4$/);
    for (const annex of ['Anlage I', 'Anlage II', 'Anlage III', 'Anlage IV']) {
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${annex} `) })).toBeVisible();
    }
    const contract = page.getByRole('article');
    await expect(contract).toHaveAttribute('lang', 'de');
    await expect(contract).toContainText('Physiotherapie Keller');
    await expect(contract.getByRole('columnheader').first()).toBeVisible();

    // A second tab opened before signing: its later submit must be answered "already signed".
    const second = await page.context().newPage();
    await second.goto(`/orgs/${keller.orgId}/dpa`);

    // Bad input: empty name, no confirmation -> field messages, no dialog, nothing signed.
    const name = page.getByLabel('Vollständiger Name');
    await name.fill('');
    await page.getByRole('button', { name: 'Unterzeichnen …' }).click();
    await expect(page.getByText('Bitte geben Sie Ihren vollständigen Namen ein.')).toBeVisible();
    await expect(page.getByText('Bitte bestätigen Sie, dass Sie zur Vertretung berechtigt sind.')).toBeVisible();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAttribute('aria-describedby', /fullName-error/);
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Noch nicht unterzeichnet' })).toBeVisible();

    // The confirmation step: "Zurück" signs nothing; "Jetzt verbindlich unterzeichnen" does.
    await page.getByLabel('Vollständiger Name').fill(keller.name);
    await page.getByLabel('Funktion').fill('Inhaber');
    // The declaration ticked is the consent text itself: the authority sentence is said once.
    await page.getByLabel('Ich bestätige, dass ich berechtigt bin, Physiotherapie Keller zu vertreten, und schließe den Vertrag').check();
    await expect(page.getByText('in der Fassung 2 mit seinen Anlagen I bis IV')).toBeVisible();
    await expect(page.getByText(/berechtigt bin, Physiotherapie Keller zu vertreten/)).toHaveCount(1);
    // Signing is the page's main action: the status offers it as the primary button.
    await expect(page.locator('#status').getByRole('link', { name: 'Unterzeichnen' })).toHaveClass(/primary/);
    await page.getByRole('button', { name: 'Unterzeichnen …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Verbindlich unterzeichnen?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Physiotherapie Keller');
    await expect(dialog).toContainText(keller.name);
    await dialog.getByRole('button', { name: 'Zurück' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Unterzeichnen …' }).click();
    await dialog.getByRole('button', { name: 'Jetzt verbindlich unterzeichnen' }).click();

    const thanks = page.getByRole('heading', { name: 'Vielen Dank – der Vertrag ist unterzeichnet' });
    await expect(thanks).toBeVisible({ timeout: 20_000 });
    await expect(page).toHaveURL(/\?signed=[0-9a-f-]{36}/);
    await expectBelowOpaqueHeader(page, thanks);
    const shown = (await page.getByTestId('pdf-sha256').textContent())!.trim();
    expect(shown).toMatch(/^[0-9a-f]{64}$/);

    const pdf = await downloadPdf(page, 'PDF herunterladen');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.sha256).toBe(shown);
    expect(pdf.fileName).toMatch(/^AV-Vertrag_K-10010_Fassung-2_\d{4}-\d{2}-\d{2}\.pdf$/);

    // The stale tab submits again: a friendly "already signed", not an error page.
    await second.getByLabel('Vollständiger Name').fill(keller.name);
    await second.getByLabel('Funktion').fill('Inhaber');
    await second.getByRole('checkbox').check();
    await second.getByRole('button', { name: 'Unterzeichnen …' }).click();
    await second.getByRole('button', { name: 'Jetzt verbindlich unterzeichnen' }).click();
    await expect(second.getByRole('status').filter({ hasText: 'Dieser Vertrag ist bereits unterzeichnet' })).toBeVisible();
    await second.reload();
    await expect(second.getByRole('heading', { name: 'Unterzeichnet – aktuelle Fassung' })).toBeVisible();
    await expect(second.getByLabel('Vollständiger Name')).toHaveCount(0);
    await expect(second.getByTestId('pdf-sha256')).toHaveText(shown);
    await second.close();

    // The signer receives the PDF by mail.
    await expect
      .poll(async () => (await mailsTo(keller.email)).find((m) => m.subject.includes('ist unterzeichnet'))?.attachments[0]?.filename ?? null, { timeout: 20_000 })
      .toBe(pdf.fileName);

    await verifyOnPublicPage(page, pdf, {
      file: 'PDF-Datei',
      submit: 'Datei prüfen',
      result: 'Ergebnis der Prüfung',
      issued: `Von ${provider} ausgestellt`,
    });
  });

  test('an outdated signatory signs the new version in English; a member then downloads it but cannot sign', async ({ page, login, baseURL }) => {
    await page.context().addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
    await login(schwanen.email);
    await page.goto(`/orgs/${schwanen.orgId}`);
    await expect(page.getByRole('link', { name: 'See what changed' })).toHaveAttribute('href', `/orgs/${schwanen.orgId}/dpa/changes`);
    await page.getByRole('link', { name: 'Review and sign' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data processing agreement');
    await expect(page.getByRole('heading', { name: 'A new version is available' })).toBeVisible();
    await expect(page.getByRole('article')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: /^Annex III/ })).toBeVisible();

    // Name and position are prefilled from the account and the membership.
    await expect(page.getByLabel('Full name')).toHaveValue('Christine Haas');
    await page.getByLabel('Position').fill('Managing Director');
    await page.getByLabel('I confirm that I am authorised to represent Hotel Schwanen am Neckar GmbH and bindingly conclude').check();
    await page.getByRole('button', { name: 'Sign …' }).click();
    await page.getByRole('dialog', { name: 'Sign bindingly?' }).getByRole('button', { name: 'Sign bindingly now' }).click();

    await expect(page.getByRole('heading', { name: 'Thank you – the agreement is signed' })).toBeVisible({ timeout: 20_000 });
    const shown = (await page.getByTestId('pdf-sha256').textContent())!.trim();
    const pdf = await downloadPdf(page, 'Download PDF');
    expect(pdf.sha256).toBe(shown);
    expect(pdf.fileName).toMatch(/^DPA_K-10009_version-2_\d{4}-\d{2}-\d{2}\.pdf$/);
    await verifyOnPublicPage(page, pdf, { file: 'PDF file', submit: 'Check file', result: 'Result of the check', issued: `Issued by ${provider}` });

    // The organisation's member: sees the signed agreement and can download it, but no sign form.
    await page.context().clearCookies();
    await page.context().addCookies([{ name: 'locale', value: 'en', url: baseURL! }]);
    await login(schwanen.member);
    await page.goto(`/orgs/${schwanen.orgId}/dpa`);
    await expect(page.getByRole('heading', { name: 'Signed – current version' })).toBeVisible();
    // The signer in the agreement's summary (Annex I names her too, with her address).
    await expect(page.getByText('Christine Haas, Managing Director', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Full name')).toHaveCount(0);
    expect((await downloadPdf(page, 'Download PDF')).sha256).toBe(shown);
  });

  test('Mitglieder sehen den Vertrag, aber kein Unterzeichnungsformular', async ({ page, login }) => {
    await login('member');
    await page.goto(`/orgs/${orgIds.current}/dpa`);
    await expect(page.getByRole('heading', { name: 'Unterzeichnet – aktuelle Fassung' })).toBeVisible();
    await expect(page.getByText('Anna Becker').first()).toBeVisible();
    await expect(page.getByRole('article')).toContainText('Bäckerei Hofmann');

    // Annex IV on a phone: long compounds break at soft hyphens (Chromium on Linux has no
    // hyphenation dictionary for hyphens:auto), and nothing sticks out of the document.
    await page.setViewportSize({ width: 390, height: 844 });
    const annex = page.getByRole('article').getByRole('table').last();
    expect(await annex.textContent()).toContain('\u00AD');
    expect(await page.getByRole('article').evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(page.getByLabel('Vollständiger Name')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Unterzeichnen …' })).toHaveCount(0);
    // The demo customer's agreement carries its sealed PDF (the seed renders it): members download it too.
    await expect(page.locator(`a[href^="/api/orgs/${orgIds.current}/agreements/"][href$="/pdf"]`).first()).toBeVisible();

    // A member of an organisation without agreement learns who can sign.
    await page.context().clearCookies();
    await login('d.ott@kanzlei-krause.example');
    await page.goto(`/orgs/${orgIds.none}/dpa`);
    await expect(page.getByRole('heading', { name: 'Noch nicht unterzeichnet' })).toBeVisible();
    await expect(page.getByText('Unterzeichnen können nur unterzeichnungsberechtigte Personen Ihrer Organisation: Lena Krause.')).toBeVisible();
    await expect(page.getByLabel('Vollständiger Name')).toHaveCount(0);
  });

  test('Nicht berechtigte Organisationen erfahren, warum, und an wen sie sich wenden', async ({ page, login }) => {
    await login('p.lindner@gaertnerei-lindner.example');
    await page.goto(`/orgs/${orgIds.notEligible}/dpa`);
    await expect(page.getByRole('heading', { name: 'Derzeit kein AV-Vertrag möglich' })).toBeVisible();
    await expect(page.getByText('keinen aktiven Vertrag über eine Leistung')).toBeVisible();
    await expect(page.locator('#status').getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/);
    await expect(page.getByRole('article')).toHaveCount(0);
  });
});
