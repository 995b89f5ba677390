// GET /api/health - liveness and database reachability
// Public on purpose: load balancers and uptime checks call it without a session. It reveals
// nothing but "up" or "database unreachable", never an error text or a version.
import { checkDatabase } from '@/lib/health/check-database';

export const dynamic = 'force-dynamic';

export async function GET() {
  const ok = await checkDatabase();
  return Response.json({ status: ok ? 'ok' : 'unavailable' }, { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
