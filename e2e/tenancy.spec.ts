import { expect, test } from './support/fixtures';
import { orgIds } from './support/demo-ids';

test.describe('[CUSTOMER][TENANCY]', () => {
  test('a customer asking for another organisation’s page or data gets 404, and no trace of it', async ({ page, login }) => {
    await login('signatory');
    const response = await page.goto(`/orgs/${orgIds.none}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText('Kanzlei Krause')).toHaveCount(0);

    const api = await page.request.get(`/api/v1/orgs/${orgIds.none}`);
    expect(api.status()).toBe(404);
    expect(await api.json()).toEqual({ error: 'NOT_FOUND' });

    const own = await page.request.get(`/api/v1/orgs/${orgIds.current}`);
    expect(own.status()).toBe(200);
    expect(await own.json()).toMatchObject({ dpaStatus: 'current', supportLevel: 'full' });
  });

  test('a customer cannot open the staff area', async ({ page, login }) => {
    await login('member');
    const response = await page.goto('/staff');
    expect(response?.status()).toBe(403);
  });
});
