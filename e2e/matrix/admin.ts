import { seeded } from '../support/demo-ids';
import { staff, type ActionOutcome, type PageOutcome, type Row } from './types';

// Rows for the provider's administration (issue 11 items 1, 2, 4): admins only. Customers and the
// other staff roles get 403; anonymous visitors are sent to sign in.

const adminPage = (route: string, path?: string): Row => ({
  kind: 'page',
  route,
  path,
  scoped: false,
  expect: () => ({ ...staff<PageOutcome>('signin', 403, 403), admin: 200 }),
});

// Called with INVALID input: the admin passes authorization and gets the validation answer, so
// the matrix run never creates, changes or archives anything.
const adminAction = (file: string, name: string): Row => ({
  kind: 'action',
  action: `(staff)/staff/admin/${file}/actions.ts#${name}`,
  page: `/staff/admin/${file}`,
  args: () => [{}],
  scoped: false,
  expect: { ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN'), admin: 'VALIDATION' },
});

export const adminRows: Row[] = [
  adminPage('/staff/admin/orgs'),
  adminPage('/staff/admin/orgs/new'),
  // The matrix puts the demo organisation's id in for [orgId]: admins see it, no one else does.
  adminPage('/staff/admin/orgs/[orgId]'),
  adminAction('orgs', 'createOrganisationAction'),
  adminAction('orgs', 'updateOrganisationAction'),
  adminAction('orgs', 'archiveOrganisationAction'),
  adminAction('orgs', 'addContractAction'),
  adminAction('orgs', 'updateContractAction'),
  adminAction('orgs', 'inviteOrgPersonAction'), // f11c: onboarding, the first signatory
  adminPage('/staff/admin/import'),
  adminAction('import', 'importCsvAction'),
  adminPage('/staff/admin/services'),
  adminPage('/staff/admin/services/new'),
  adminPage('/staff/admin/services/[serviceId]', `/staff/admin/services/${seeded.emailServiceId}`),
  adminAction('services', 'createServiceAction'),
  adminAction('services', 'updateServiceAction'),
  adminPage('/staff/admin/settings'),
  adminAction('settings', 'updateSettingsAction'),
];
