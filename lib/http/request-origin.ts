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
  if (!(await isSameOrigin(method, pathname))) throw new AppError('FORBIDDEN', 'security.foreignOrigin');
}

/**
 * The same rule for a form action whose result the page drops (sign-out, the IdP button): a
 * thrown refusal would reach the visitor as a 500, so such an action asks and does nothing.
 */
export async function isSameOrigin(method = 'POST', pathname = '/'): Promise<boolean> {
  return checkSameOrigin({ method, pathname, headers: await headers() }, new URL(env().APP_URL).origin).ok;
}
