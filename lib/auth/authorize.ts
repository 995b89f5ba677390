import 'server-only';
import { cache } from 'react';
import type { UserActor } from '@/lib/core/actor';
import { AppError } from '@/lib/errors';
import { auth } from './auth';
import { loadActor } from './load-actor';
import { decide, type Permission } from './permissions';

/** The signed-in person of this request with their roles, or null. Cached per request. */
export const getActor = cache(async (): Promise<UserActor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const actor = await loadActor(userId);
  // When this session began (lib/auth/adapter.ts): recorded as the sign-in time when signing a DPA.
  const signedInAt = (session.user as { signedInAt?: string }).signedInAt;
  return actor && signedInAt ? { ...actor, signedInAt: new Date(signedInAt) } : actor;
});

/**
 * THE authorization check for requests. Pages, route handlers and server actions reach it through
 * lib/core (pageContext, routeContext, action), each with the organisation the request is about:
 * proxy.ts and layouts only redirect for comfort, because middleware has been bypassed before and
 * a layout check does not cover the actions on a page.
 */
export async function authorize(permission: Permission, scope: { orgId?: string | null } = {}): Promise<UserActor> {
  const actor = await getActor();
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const decision = decide(actor, permission, scope.orgId);
  if (decision === 'not_found') throw new AppError('NOT_FOUND');
  if (decision === 'forbidden') throw new AppError('FORBIDDEN');
  return actor;
}
