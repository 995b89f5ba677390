// GET /api/feeds/<token>/atom - an organisation's change notices as Atom, behind its secret URL
// No session and no authorize(): the token is the credential (a feed reader cannot sign in). It is
// looked up by its sha256 only; unknown or rotated tokens get 404.
import { createContext } from '@/lib/core/context';
import { route } from '@/lib/core/route';
import { feedLocale, orgAtomResponse } from '@/lib/feeds/org-feed';

export const dynamic = 'force-dynamic';

export const GET = route(async (request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  return orgAtomResponse(createContext({ actor: null }), { token, locale: feedLocale(request) });
});
