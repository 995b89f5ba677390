import { all, type PageOutcome, type RouteOutcome, type Row } from './types';

// The benchmark's baselines (app/bench-baseline, decision 0101) answer only when the server runs
// with BENCH_BASELINES=1, which no test server does: for everyone they do not exist.
export const benchRows: Row[] = [
  { kind: 'page', route: '/bench-baseline/static', scoped: false, expect: () => all<PageOutcome>(404) },
  { kind: 'page', route: '/bench-baseline/rows', scoped: false, expect: () => all<PageOutcome>(404) },
  { kind: 'route', route: '/bench-baseline/handler', method: 'GET', path: '/bench-baseline/handler', scoped: false, expect: all<RouteOutcome>(404) },
  { kind: 'route', route: '/bench-baseline/queries', method: 'GET', path: '/bench-baseline/queries', scoped: false, expect: all<RouteOutcome>(404) },
];
