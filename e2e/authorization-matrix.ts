// The authorization matrix, as data: every page, route handler and server action of the app, for
// every persona, with the outcome the server must give. authorization.spec.ts runs it against the
// real app on each database and fails when a route or action exists that this table does not name.
// The rows live per area in e2e/matrix/*.ts (types and helpers in e2e/matrix/types.ts).
import { adminRows } from './matrix/admin';
import { accountRows } from './matrix/account';
import { benchRows } from './matrix/bench';
import { cspRows } from './matrix/csp';
import { dpaRows } from './matrix/dpa';
import { foundationRows } from './matrix/foundation';
import { noticesRows } from './matrix/notices';
import { objectionsRows } from './matrix/objections';
import { auditRows, peopleRows } from './matrix/people';
import { recordsRows } from './matrix/records';
import { registerRows } from './matrix/register';
import { supportRows } from './matrix/support';
import type { Row } from './matrix/types';
import { verifyRows } from './matrix/verify';
import { versionsRows } from './matrix/versions';

export * from './matrix/types';

export const matrix: Row[] = [
  ...foundationRows,
  ...dpaRows,
  ...verifyRows,
  ...versionsRows,
  ...registerRows,
  ...noticesRows,
  ...objectionsRows,
  ...adminRows,
  ...peopleRows,
  ...auditRows,
  ...supportRows,
  ...recordsRows,
  ...accountRows,
  ...benchRows,
  ...cspRows,
];
