import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { authorize, getActor } from '@/lib/auth/authorize';
import type { Permission } from '@/lib/auth/permissions';
import { asPageError } from '@/db/unavailable';
import { AppError } from '@/lib/errors';
import { getLocale } from '@/lib/i18n/server';
import type { UserActor } from './actor';
import { createContext, type Ctx } from './context';
import { requestInfo } from './request';

const guid = z.guid();

/**
 * The one way a page reads: authorize here, in the page itself (not in a layout or proxy.ts, which
 * do not cover the page's data or its actions), then a context for the use cases. Anonymous ->
 * sign-in, a foreign or malformed organisation id -> 404 (we do not confirm it exists), a missing
 * role -> 403.
 */
export async function pageContext(
  permission: Permission,
  scope: { orgId?: string; returnTo?: string } = {},
): Promise<Ctx<UserActor>> {
  if (scope.orgId !== undefined && !guid.safeParse(scope.orgId).success) notFound();
  let actor: UserActor;
  try {
    actor = await authorize(permission, scope);
  } catch (error) {
    if (!(error instanceof AppError)) throw asPageError(error);
    if (error.code === 'UNAUTHENTICATED') {
      redirect(scope.returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(scope.returnTo)}` : '/sign-in');
    }
    if (error.code === 'NOT_FOUND') notFound();
    forbidden();
  }
  return createContext({ actor, locale: await getLocale(), request: await requestInfo() });
}

/** For public pages: the visitor may or may not be signed in. */
export async function publicContext(): Promise<Ctx<UserActor | null>> {
  const actor = await getActor().catch((error: unknown) => {
    throw asPageError(error);
  });
  return createContext({ actor, locale: await getLocale(), request: await requestInfo() });
}
