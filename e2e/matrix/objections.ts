import { seeded } from '../support/demo-ids';
import { staff, type ActionOutcome, type PageOutcome, type Row } from './types';

// Rows for the 'objections' area: the customer's notices (list, detail), the staff objections page
// and the objection actions. Mutating actions are called with INVALID input (an empty reason, a
// malformed id), so nothing changes: the permitted persona gets 'VALIDATION', everyone else is
// stopped by authorize() before validation is even reported.

const customerPage = (): ReturnType<Extract<Row, { kind: 'page' }>['expect']> => ({
  ...staff<PageOutcome>('signin', 200, 200),
  signatory: { own: 200, other: 404 },
  member: { own: 200, other: 404 },
});

/** 'objections.file': signatories of the organisation only; staff are refused, strangers see nothing. */
const fileExpect = {
  ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN'),
  signatory: { own: 'VALIDATION', other: 'NOT_FOUND' },
  member: { own: 'FORBIDDEN', other: 'NOT_FOUND' },
} as const;

const noticeDetail = '/orgs/[orgId]/notices/[noticeId]';
const unknownId = '00000000-0000-4000-8000-000000000000';

export const objectionsRows: Row[] = [
  // ---------------------------------------------------------------- pages
  { kind: 'page', route: '/orgs/[orgId]/notices', scoped: true, expect: customerPage },
  {
    kind: 'page',
    route: noticeDetail,
    // The demo customer's real notice: under another organisation it does not exist, for staff too.
    path: `/orgs/{orgId}/notices/${seeded.currentNoticeId}`,
    scoped: true,
    expect: () => ({
      anonymous: 'signin',
      signatory: { own: 200, other: 404 },
      member: { own: 200, other: 404 },
      privacy: { own: 200, other: 404 },
      support: { own: 200, other: 404 },
      admin: { own: 200, other: 404 },
    }),
  },
  { kind: 'page', route: '/staff/objections', scoped: false, expect: () => staff<PageOutcome>('signin', 403, 200) },

  // ---------------------------------------------------------------- server actions
  {
    kind: 'action',
    action: '(customer)/orgs/[orgId]/notices/[noticeId]/actions.ts#fileObjectionAction',
    page: '/sign-in',
    args: (orgId) => [{ orgId, noticeId: unknownId, reason: '' }],
    scoped: true,
    expect: fileExpect,
  },
  {
    kind: 'action',
    action: '(customer)/orgs/[orgId]/notices/[noticeId]/actions.ts#updateObjectionAction',
    page: '/sign-in',
    args: (orgId) => [{ orgId, objectionId: unknownId, reason: '   ' }],
    scoped: true,
    expect: fileExpect,
  },
  {
    kind: 'action',
    action: '(customer)/orgs/[orgId]/notices/[noticeId]/actions.ts#withdrawObjectionAction',
    page: '/sign-in',
    args: (orgId) => [{ orgId, objectionId: 'not-an-id' }],
    scoped: true,
    expect: fileExpect,
  },
  {
    kind: 'action',
    action: '(customer)/orgs/[orgId]/notices/[noticeId]/actions.ts#markNoticeReadAction',
    page: '/sign-in',
    // 'notices.view': everyone who may read the organisation's notices gets as far as validation
    // (a malformed notice id), so nothing is marked; strangers see nothing, anonymous signs in.
    args: (orgId) => [{ orgId, noticeId: 'not-an-id' }],
    scoped: true,
    expect: {
      ...staff<ActionOutcome>('UNAUTHENTICATED', 'VALIDATION', 'VALIDATION'),
      signatory: { own: 'VALIDATION', other: 'NOT_FOUND' },
      member: { own: 'VALIDATION', other: 'NOT_FOUND' },
    },
  },
  {
    kind: 'action',
    action: '(staff)/staff/objections/actions.ts#decideObjectionAction',
    page: '/sign-in',
    // A rejection without a note is invalid: privacy staff get VALIDATION, nothing is decided.
    args: () => [{ objectionId: unknownId, decision: 'rejected', note: '' }],
    scoped: false,
    // privacy is the only role that may decide.
    expect: { ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN'), privacy: 'VALIDATION' },
  },
];

