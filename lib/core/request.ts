import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import type { RequestInfo } from './context';

/** The client address and user agent of the current request. Cached per request. */
export const requestInfo = cache(async (): Promise<RequestInfo> => {
  const h = await headers();
  const forwarded = h.get('x-forwarded-for')?.split(',')[0]?.trim();
  return { ip: forwarded || h.get('x-real-ip') || null, userAgent: h.get('user-agent')?.slice(0, 500) ?? null };
});
