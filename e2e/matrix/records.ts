import { staff, type PageOutcome, type RouteOutcome, type Row } from './types';

// Rows for the 'records' area (issue 12): the Art. 30(2) record is for privacy staff only.

export const recordsRows: Row[] = [
  {
    kind: 'page',
    route: '/staff/records',
    scoped: false,
    expect: () => ({ ...staff<PageOutcome>('signin', 403, 403), privacy: 200 }),
  },
  {
    kind: 'route',
    route: '/staff/records/export',
    method: 'GET',
    // CSV: the cheap form of the same export (the PDF is checked in lib/records' integration test).
    path: '/staff/records/export?format=csv&locale=de',
    scoped: false,
    expect: { ...staff<RouteOutcome>(401, 403, 403), privacy: 200 },
  },
];
