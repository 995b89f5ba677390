// The benchmark's query counter (db/query-counter.ts): the statements this server process has sent
// so far. Needs BENCH_BASELINES=1 (404 otherwise).
import { queryCount } from '@/db/query-counter';
import { benchBaselinesEnabled, notFoundResponse } from '../enabled';

export const dynamic = 'force-dynamic';

export function GET() {
  if (!benchBaselinesEnabled()) return notFoundResponse();
  return Response.json({ count: queryCount() }, { headers: { 'Cache-Control': 'no-store' } });
}
