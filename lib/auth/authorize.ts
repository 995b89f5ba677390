import 'server-only';
import { sql } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { getDb } from '@/db/client';
import type { UserActor } from '@/lib/core/actor';
import { AppError } from '@/lib/errors';
import { auth } from './auth';
import { actorsReadWithSession, loadActor } from './load-actor';
import { decide, type Permission } from './permissions';

/** The signed-in person of this request with their roles, or null. Cached per request. */
export const getActor = cache(async (): Promise<UserActor | null> => {
  let session = await auth();
  if (!session?.user?.id && (await hasSessionCookie())) {
    // Auth.js answers "no session" when its adapter's query failed, which would turn an outage into
    // a sign-out (401, a redirect to the sign-in page). Ask the database once: unreachable -> the
    // error propagates and the request is answered 503 (db/unavailable.ts, decision 0110). Reachable
    // -> ask Auth.js again: the first lookup may have run on a connection that died in between
    // (pg_terminate_backend, a failover) and the pool has a fresh one now (proof:faults found it).
    await getDb().execute(sql`select 1`);
    session = await auth();
  }
  const userId = session?.user?.id;
  if (!userId) return null;
  const actor = actorsReadWithSession().get(userId) ?? (await loadActor(userId));
  // When this session began (lib/auth/adapter.ts): recorded as the sign-in time when signing a DPA.
  const signedInAt = (session!.user as { signedInAt?: string }).signedInAt;
  return actor && signedInAt ? { ...actor, signedInAt: new Date(signedInAt) } : actor;
});

async function hasSessionCookie() {
  const jar = await cookies();
  return jar.has('authjs.session-token') || jar.has('__Secure-authjs.session-token');
}

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
