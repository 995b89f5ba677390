// POST /api/unsubscribe?token=… - RFC 8058 one-click unsubscribe of one notice contact (the List-Unsubscribe header)
import { NextResponse } from 'next/server';
import { unsubscribeNoticeContact, unsubscribeSchema } from '@/lib/account/unsubscribe-notice-contact';
import { createContext, inTransaction } from '@/lib/core/context';
import { route } from '@/lib/core/route';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { requestAddress } from '@/lib/http/request-address';

// Public by design: mail providers POST here from their servers, without a session or an Origin
// (lib/http/same-origin.ts lets this one path through). The signed token is the only credential and
// names exactly one contact row (decision 0077), so no authorize() call. RFC 8058 requires the body
// `List-Unsubscribe=One-Click`; anything else is refused, so a link prefetcher's POST does nothing.

const tokenOf = (request: Request) => unsubscribeSchema.safeParse({ token: new URL(request.url).searchParams.get('token') ?? '' });

export const POST = route(async (request: Request) => {
  const parsed = tokenOf(request);
  if (!parsed.success) throw new AppError('NOT_FOUND');
  if (Number(request.headers.get('content-length') ?? 0) > 4096) throw new AppError('VALIDATION');
  const form = await request.formData().catch(() => null);
  if (form?.get('List-Unsubscribe') !== 'One-Click') throw new AppError('VALIDATION', undefined, { 'List-Unsubscribe': ['One-Click expected'] });
  const ctx = createContext({
    actor: null,
    request: { ip: requestAddress(request.headers), userAgent: request.headers.get('user-agent')?.slice(0, 500) ?? null },
  });
  const result = await inTransaction(ctx, (tx) => unsubscribeNoticeContact(tx, parsed.data));
  return { unsubscribed: true, alreadyDone: result.alreadyDone };
});

/** A person who opens the address in a browser gets the page with its button (opening changes nothing). */
export const GET = route(async (request: Request) => {
  const parsed = tokenOf(request);
  const page = new URL('/unsubscribe', env().APP_URL);
  if (parsed.success) page.searchParams.set('token', parsed.data.token);
  return NextResponse.redirect(page, 303);
});
