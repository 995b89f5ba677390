import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { checkSameOrigin } from './same-origin';

/**
 * The same-origin rule where the work happens: server actions (lib/action.ts) and the Auth.js
 * POST endpoints call this, whether or not proxy.ts ran. Throws FORBIDDEN for a request that no
 * page of ours sent.
 */
export async function assertSameOrigin(method = 'POST', pathname = '/'): Promise<void> {
  const verdict = checkSameOrigin({ method, pathname, headers: await headers() }, new URL(env().APP_URL).origin);
  if (!verdict.ok) throw new AppError('FORBIDDEN', 'security.foreignOrigin');
}
