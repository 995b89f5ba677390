import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { requestAddress } from '@/lib/http/request-address';
import type { RequestInfo } from './context';

/**
 * The client address (from the trusted proxy chain: lib/http/client-address.ts, never the first,
 * client-chosen X-Forwarded-For hop) and the user agent of the current request. Cached per request.
 */
export const requestInfo = cache(async (): Promise<RequestInfo> => {
  const h = await headers();
  return { ip: requestAddress(h), userAgent: h.get('user-agent')?.slice(0, 500) ?? null };
});
