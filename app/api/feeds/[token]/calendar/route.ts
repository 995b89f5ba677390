// GET /api/feeds/<token>/calendar - an organisation's effective dates as iCalendar
// No session and no authorize(): the token is the credential (a calendar cannot sign in). It is
// looked up by its sha256 only; unknown or rotated tokens get 404.
import { getDb } from '@/db/client';
import { feedLocale, orgCalendarResponse } from '@/lib/feeds/org-feed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return orgCalendarResponse(getDb(), token, feedLocale(request));
}
