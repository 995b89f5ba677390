import { expect, signIn, test } from './support/fixtures';

// Issue 11, the audit log: admins and privacy staff filter it, verify the chain and export a
// filtered range as CSV (the export itself is audited).

test.describe('[STAFF][AUDIT_LOG]', () => {
  test('privacy staff filter the log, verify the chain and export the range as CSV', async ({ page, baseURL }) => {
    await signIn(page, 'privacy', new URL(baseURL!).origin);
    await page.goto('/staff/audit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protokoll');

    await page.getByRole('button', { name: 'Kette jetzt prüfen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'unversehrt' })).toContainText('Die Kette ist unversehrt.');

    await page.getByLabel('Aktion').fill('auth.sign_in');
    await page.getByRole('button', { name: 'Filtern', exact: true }).click();
    await expect(page).toHaveURL(/action=auth.sign_in/);
    const rows = page.getByRole('row').filter({ hasText: 'auth.sign_in' });
    await expect(rows.first()).toBeVisible();
    // The action in words, the role in the reader's language; the stored name stays beside it.
    await expect(rows.first()).toContainText('Angemeldet');
    await expect(rows.first()).toContainText(/\((Mitarbeiter: (Administration|Datenschutz|Support)|Person|Unterzeichnungsberechtigt|Mitglied)/);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Auswahl als CSV exportieren' }).click();
    const file = await download;
    const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('seq,at_utc,actor_email,actor_role,customer_number,organisation,action,target_type,target_id,ip,user_agent,details,hash');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.includes(',auth.sign_in,'))).toBe(true);

    // The export is in the log.
    await page.goto('/staff/audit?action=audit.exported');
    await expect(page.getByRole('row').filter({ hasText: 'audit.exported' }).first()).toContainText('auth.sign_in');
  });

  test('a bad filter gets a field message in the user’s language', async ({ page, baseURL }) => {
    await signIn(page, 'admin', new URL(baseURL!).origin);
    await page.goto('/staff/audit?from=2026-02-01&to=2026-01-01');
    await expect(page.getByText('Das Ende liegt vor dem Anfang.')).toBeVisible();
    await expect(page.getByLabel('Bis (Tag)')).toHaveAttribute('aria-invalid', 'true');
  });
});
