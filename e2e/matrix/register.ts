import { seeded } from '../support/demo-ids';
import { staff, type ActionOutcome, type PageOutcome, type Row } from './types';

// Rows for the 'register' area: the subprocessor register (staff and customer), change notices.

const staffOnly = (route: string, privacyOnly: boolean, path?: string): Row => ({
  kind: 'page',
  route,
  path,
  scoped: false,
  expect: () =>
    privacyOnly
      ? { ...staff<PageOutcome>('signin', 403, 403), privacy: 200 }
      : staff<PageOutcome>('signin', 403, 200),
});

// Editing actions, called with INVALID input: privacy staff pass authorization and get the
// validation answer, so the matrix run never creates, changes, announces or withdraws anything.
const manageAction = (file: 'register' | 'change-notices', name: string): Row => ({
  kind: 'action',
  action: `(staff)/staff/${file}/actions.ts#${name}`,
  page: `/staff/${file}`,
  args: () => [{}],
  scoped: false,
  expect: { ...staff<ActionOutcome>('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN'), privacy: 'VALIDATION' },
});

export const registerRows: Row[] = [
  staffOnly('/staff/register', false),
  staffOnly('/staff/register/new', true),
  staffOnly('/staff/register/[subprocessorId]', true, `/staff/register/${seeded.subprocessorId}`),
  staffOnly('/staff/change-notices', false),
  staffOnly('/staff/change-notices/new', true),
  staffOnly('/staff/change-notices/[changeNoticeId]', false, `/staff/change-notices/${seeded.changeNoticeId}`),
  {
    kind: 'page',
    route: '/orgs/[orgId]/register',
    scoped: true,
    expect: () => ({
      ...staff<PageOutcome>('signin', 200, 200),
      signatory: { own: 200, other: 404 },
      member: { own: 200, other: 404 },
    }),
  },
  manageAction('register', 'createSubprocessorAction'),
  manageAction('register', 'updateSubprocessorAction'),
  manageAction('change-notices', 'createChangeNoticeAction'),
  manageAction('change-notices', 'updateChangeNoticeAction'),
  manageAction('change-notices', 'announceChangeNoticeAction'),
  manageAction('change-notices', 'withdrawChangeNoticeAction'),
];
