// GET /api/feeds/public/atom - the register's announced changes, public, only when the provider has
// enabled it (settings.public_feed_enabled); otherwise 404, as if it did not exist.
import { getDb } from '@/db/client';
import { feedLocale, publicAtomResponse } from '@/lib/feeds/org-feed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return publicAtomResponse(getDb(), feedLocale(request));
}
