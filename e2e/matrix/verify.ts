import { all, type Row } from './types';

// Rows for the 'verify' area: every page, route handler and server action it adds. All public by
// design: whoever holds a PDF or its hash may check it (rate-limited per IP, not by persona).
const unknownSha256 = '0'.repeat(64);

export const verifyRows: Row[] = [
  { kind: 'page', route: '/verify', scoped: false, expect: () => all(200) },
  {
    kind: 'route',
    route: '/api/v1/verify',
    method: 'GET',
    path: `/api/v1/verify?sha256=${unknownSha256}`,
    scoped: false,
    expect: all(200),
  },
  {
    kind: 'action',
    action: '(public)/verify/actions.ts#verifyDocumentAction',
    page: '/verify',
    // A hash we never issued: 'ok' (answered "not issued") for everyone, signed in or not.
    args: () => [{ sha256: unknownSha256 }],
    scoped: false,
    expect: all('ok'),
  },
];
