// The benchmark's query counter (db/query-counter.ts): the statements this server process has sent
// so far. Needs BENCH_BASELINES=1 (404 otherwise) and BENCH_QUERY_COUNT=1 (else it stays 0).
import { queryCount } from '@/db/query-counter';
import { benchBaselinesEnabled, notFoundResponse } from '../enabled';

export const dynamic = 'force-dynamic';

export function GET() {
  if (!benchBaselinesEnabled()) return notFoundResponse();
  return Response.json({ count: queryCount(), counting: process.env.BENCH_QUERY_COUNT === '1' }, { headers: { 'Cache-Control': 'no-store' } });
}
