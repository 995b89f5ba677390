import { all, type RouteOutcome, type Row } from './types';

// The CSP report endpoint (app/api/csp-report, decision 0130): public by design, no session used.
// The matrix posts an empty body: not a report, so 400 for everyone; GET gives the counters.
const notAReport = 400 as RouteOutcome; // RouteOutcome does not list 400 (yet); the spec compares numbers
export const cspRows: Row[] = [
  { kind: 'route', route: '/api/csp-report', method: 'POST', path: '/api/csp-report', scoped: false, expect: all(notAReport) },
  { kind: 'route', route: '/api/csp-report', method: 'GET', path: '/api/csp-report', scoped: false, expect: all<RouteOutcome>(200) },
];
