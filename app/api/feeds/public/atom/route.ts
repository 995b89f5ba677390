// GET /api/feeds/public/atom - the register's announced changes, public, only when the provider has
// enabled it (settings.public_feed_enabled); otherwise 404, as if it did not exist.
import { createContext } from '@/lib/core/context';
import { route } from '@/lib/core/route';
import { feedLocale, publicAtomResponse } from '@/lib/feeds/org-feed';

export const dynamic = 'force-dynamic';

export const GET = route(async (request) => publicAtomResponse(createContext({ actor: null }), { locale: feedLocale(request) }));
