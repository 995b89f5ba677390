// GET /api/feeds/<token>/atom - an organisation's change notices as Atom, behind its secret URL
// No session and no authorize(): the token is the credential (a feed reader cannot sign in). It is
// looked up by its sha256 only; unknown or rotated tokens get 404.
import { getDb } from '@/db/client';
import { feedLocale, orgAtomResponse } from '@/lib/feeds/org-feed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return orgAtomResponse(getDb(), token, feedLocale(request));
}
