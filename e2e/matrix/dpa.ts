import { seeded } from '../support/demo-ids';
import { staff, type ActionOutcome, type PageOutcome, type Row } from './types';

// Rows for the 'dpa' area: the review page, the PDF download and the sign action.
// None of these rows may change data: the sign action gets an empty name (a permitted persona is
// answered VALIDATION, after authorization); the PDF route is read-only.
const noSuchAgreement = '0b6a4f2e-93c1-4d7a-8e25-5f1c0d9a7b34';

export const dpaRows: Row[] = [
  {
    // f11c: every agreement the organisation ever had, with PDFs and the deletion/return deadlines
    kind: 'page',
    route: '/orgs/[orgId]/agreements',
    scoped: true,
    expect: () => ({
      ...staff<PageOutcome>('signin', 200, 200),
      signatory: { own: 200, other: 404 },
      member: { own: 200, other: 404 },
    }),
  },
  {
    // f11c: who was reminded to sign, when (staff only)
    kind: 'page',
    route: '/staff/reminders',
    scoped: false,
    expect: () => staff<PageOutcome>('signin', 403, 200),
  },
  {
    kind: 'page',
    route: '/orgs/[orgId]/dpa',
    scoped: true,
    expect: () => ({
      ...staff<PageOutcome>('signin', 200, 200),
      signatory: { own: 200, other: 404 },
      member: { own: 200, other: 404 },
    }),
  },
  {
    kind: 'route',
    route: '/api/orgs/[orgId]/agreements/[agreementId]/pdf',
    method: 'GET',
    // The demo customer's real agreement (with its PDF): asked for under its own organisation it is
    // served, under another one never - not even to staff, because the tenant is in the WHERE.
    path: `/api/orgs/{orgId}/agreements/${seeded.currentAgreementId}/pdf`,
    scoped: true,
    expect: {
      anonymous: 401,
      signatory: { own: 200, other: 404 },
      member: { own: 200, other: 404 },
      privacy: { own: 200, other: 404 },
      support: { own: 200, other: 404 },
      admin: { own: 200, other: 404 },
    },
  },
  {
    kind: 'action',
    action: '(customer)/orgs/[orgId]/dpa/actions.ts#signDpaAction',
    page: '/sign-in',
    args: (orgId) => [
      { orgId, templateVersionId: noSuchAgreement, fullName: '', position: '', locale: 'de' },
    ],
    scoped: true,
    expect: {
      // Staff may read every DPA but never sign for a customer.
      ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN'),
      signatory: { own: 'VALIDATION', other: 'NOT_FOUND' },
      member: { own: 'FORBIDDEN', other: 'NOT_FOUND' },
    },
  },
];
