import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { forbidden, notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { requestAddress } from '@/lib/http/request-address';
import type { Locale, MembershipRole, StaffRole } from '@/db/schema';
import { auth } from './auth';
import { loadActorRoles } from './load-actor';
import { decide, type Permission } from './permissions';

export type Actor = {
  userId: string;
  email: string;
  name: string | null;
  locale: Locale;
  staffRoles: StaffRole[];
  memberships: { orgId: string; role: MembershipRole; orgName: string }[];
  ip: string | null;
  userAgent: string | null;
};

export async function requestMeta() {
  const h = await headers();
  return { ip: requestAddress(h), userAgent: h.get('user-agent') };
}

/** The signed-in user of this request with their roles, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const roles = await loadActorRoles(userId);
  if (!roles) return null;
  return { ...roles, ...(await requestMeta()) };
});

/**
 * THE authorization check. Every page, route handler and server action calls it itself, with the
 * organisation the request is about: proxy.ts and layouts only redirect for comfort, because
 * middleware has been bypassed before and a layout check does not cover the actions on a page.
 */
export async function authorize(permission: Permission, scope: { orgId?: string } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const decision = decide(actor, permission, scope.orgId);
  if (decision === 'not_found') throw new AppError('NOT_FOUND');
  if (decision === 'forbidden') throw new AppError('FORBIDDEN');
  return actor;
}

/** authorize() for pages: anonymous -> sign-in, foreign organisation -> 404, missing role -> 403. */
export async function authorizePage(
  permission: Permission,
  scope: { orgId?: string; returnTo?: string } = {},
): Promise<Actor> {
  // A malformed id is a page that does not exist, not a query PostgreSQL refuses with a 500.
  if (scope.orgId !== undefined && !z.guid().safeParse(scope.orgId).success) notFound();
  try {
    return await authorize(permission, scope);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'UNAUTHENTICATED') {
      redirect(scope.returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(scope.returnTo)}` : '/sign-in');
    }
    if (error.code === 'NOT_FOUND') notFound();
    forbidden();
  }
}
