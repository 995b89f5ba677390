import { expectAccessible } from './support/axe';
import { expect, test, type DemoRole } from './support/fixtures';
import { locales, publicStart, setLocale, walk } from './support/walk';

// axe on every page a person can reach, per role and language (e2e/support/walk.ts follows the
// links). Page states after an action (a field error, a result, an open dialog) are checked in
// the specs that produce them, with expectAccessible(page, state).

const roles: { role: DemoRole; reaches: string[] }[] = [
  {
    role: 'signatory',
    reaches: ['/orgs/:id', '/orgs/:id/dpa', '/orgs/:id/toms', '/orgs/:id/register', '/orgs/:id/subscriptions', '/orgs/:id/notices'],
  },
  // A member reads every customer page, without the forms (ui-customer).
  {
    role: 'member',
    reaches: ['/orgs/:id', '/orgs/:id/dpa', '/orgs/:id/toms', '/orgs/:id/register', '/orgs/:id/subscriptions', '/orgs/:id/notices'],
  },
  { role: 'otherSignatory', reaches: ['/orgs/:id', '/orgs/:id/dpa'] },
  { role: 'outdatedSignatory', reaches: ['/orgs/:id/dpa/changes'] },
  {
    role: 'privacy',
    reaches: [
      '/staff',
      '/staff/register',
      '/staff/register/new',
      '/staff/register/:id',
      '/staff/change-notices',
      '/staff/change-notices/new',
      '/staff/change-notices/:id',
      '/staff/objections',
      '/staff/versions',
      '/staff/versions/dpa/:id',
      '/staff/versions/toms/:id',
      '/staff/versions/compare',
    ],
  },
  { role: 'support', reaches: ['/staff', '/orgs/:id', '/staff/register', '/staff/change-notices', '/staff/change-notices/:id', '/staff/objections', '/staff/versions'] },
  { role: 'admin', reaches: ['/staff'] },
];

test.describe('[ALL][ACCESSIBILITY] axe: no serious or critical violations', () => {
  // A ceiling, not a goal: a staff walk visits some forty pages, on two busy cores.
  test.describe.configure({ timeout: 600_000 });

  for (const locale of locales) {
    test(`public pages (${locale})`, async ({ page, baseURL }) => {
      await setLocale(page, baseURL!, locale);
      const visited = await walk(page, publicStart, () => expectAccessible(page));
      expect(visited).toEqual(expect.arrayContaining(['/sign-in', '/verify', '/imprint', '/privacy', '/dev/kit']));
    });

    for (const { role, reaches } of roles) {
      test(`${role} (${locale})`, async ({ page, login, baseURL }) => {
        await login(role);
        await setLocale(page, baseURL!, locale);
        const visited = await walk(page, [new URL(page.url()).pathname], () => expectAccessible(page));
        expect(visited).toEqual(expect.arrayContaining(reaches));
      });
    }
  }
});
