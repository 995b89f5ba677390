import { seeded } from '../support/demo-ids';
import { staff, type ActionOutcome, type PageOutcome, type Row } from './types';

// Rows for the 'versions' area: DPA template and TOMs versions (staff), the customer's
// "what changed" page and TOMs page.

// A real published version of each kind: every staff role reads it, customers are refused.
const versionPage = (route: string, path: string): Row => ({
  kind: 'page',
  route,
  path,
  scoped: false,
  expect: () => staff<PageOutcome>('signin', 403, 200),
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
  versionPage('/staff/versions/[kind]/[versionId]', `/staff/versions/dpa/${seeded.dpaVersionId}`),
  versionPage('/staff/versions/[kind]/[versionId]', `/staff/versions/toms/${seeded.tomsVersionId}`),
  { kind: 'page', route: '/staff/versions/compare', scoped: false, expect: () => staff<PageOutcome>('signin', 403, 200) },
  customerPage('/orgs/[orgId]/dpa/changes'),
  customerPage('/orgs/[orgId]/toms'),

  // One action per use case for both kinds (the input names its kind).
  manageAction('createDraftAction', [{ kind: 'dpa', copyOf: 'not-a-version' }]),
  manageAction('updateDraftAction', [{ kind: 'toms', id: 'not-a-version' }]),
  manageAction('publishVersionAction', [{ kind: 'dpa', id: 'not-a-version', confirmIrreversible: 'on', protectionNotLowered: 'on' }]),
];
