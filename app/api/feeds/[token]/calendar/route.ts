// GET /api/feeds/<token>/calendar - an organisation's effective dates as iCalendar
// No session and no authorize(): the token is the credential (a calendar cannot sign in). It is
// looked up by its sha256 only; unknown or rotated tokens get 404.
import { createContext } from '@/lib/core/context';
import { route } from '@/lib/core/route';
import { feedLocale, orgCalendarResponse } from '@/lib/feeds/org-feed';

export const dynamic = 'force-dynamic';

export const GET = route(async (request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  return orgCalendarResponse(createContext({ actor: null }), { token, locale: feedLocale(request) });
});
