import { staff, type ActionOutcome, type PageOutcome, type Row } from './types';

// Rows for the 'versions' area: DPA template and TOMs versions (staff), the customer's
// "what changed" page and TOMs page.

// The matrix requests a route's literal path, so '[versionId]' is not an id: authorization runs
// first (anonymous -> sign-in, customers -> 403), then staff get 404 for the unknown version.
// Opening real versions is covered by e2e/versions.spec.ts.
const versionPage = (route: string): Row => ({
  kind: 'page',
  route,
  scoped: false,
  expect: () => staff<PageOutcome>('signin', 403, 404),
});

const customerPage = (route: string): Row => ({
  kind: 'page',
  route,
  scoped: true,
  expect: () => ({
    ...staff<PageOutcome>('signin', 200, 200),
    signatory: { own: 200, other: 404 },
    member: { own: 200, other: 404 },
  }),
});

// Editing actions, called with INVALID input: privacy staff pass authorization and get the
// validation answer, so the matrix run never creates, changes or publishes a version.
const manageAction = (name: string, args: unknown[]): Row => ({
  kind: 'action',
  action: `(staff)/staff/versions/actions.ts#${name}`,
  page: '/staff/versions',
  args: () => args,
  scoped: false,
  expect: { ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN'), privacy: 'VALIDATION' },
});

export const versionsRows: Row[] = [
  { kind: 'page', route: '/staff/versions', scoped: false, expect: () => staff<PageOutcome>('signin', 403, 200) },
  versionPage('/staff/versions/dpa/[versionId]'),
  versionPage('/staff/versions/toms/[versionId]'),
  { kind: 'page', route: '/staff/versions/compare', scoped: false, expect: () => staff<PageOutcome>('signin', 403, 200) },
  customerPage('/orgs/[orgId]/dpa/changes'),
  customerPage('/orgs/[orgId]/toms'),

  manageAction('createDpaDraftAction', [{ copyOf: 'not-a-version' }]),
  manageAction('updateDpaDraftAction', [{ id: 'not-a-version', titleDe: '' }]),
  manageAction('publishDpaAction', [{ id: 'not-a-version', confirmIrreversible: 'on' }]),
  manageAction('createTomsDraftAction', [{ copyOf: 'not-a-version' }]),
  manageAction('updateTomsDraftAction', [{ id: 'not-a-version' }]),
  manageAction('publishTomsAction', [{ id: 'not-a-version', confirmIrreversible: 'on', protectionNotLowered: 'on' }]),
];
