import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authorize } from '@/lib/auth/authorize';
import type { Permission } from '@/lib/auth/permissions';
import { isDatabaseUnavailable, markDatabaseUnavailable, describeCause, UNAVAILABLE_RETRY_AFTER } from '@/db/unavailable';
import { AppError, isAppError } from '@/lib/errors';
import { getLocale } from '@/lib/i18n/server';
import type { UserActor } from './actor';
import { createContext, type Ctx } from './context';
import { requestInfo } from './request';

const guid = z.guid();

/**
 * Wraps a route handler: AppErrors become `{ error: CODE }` with their 4xx status; anything else is
 * logged with an id and answered 500 without details. The handler still authorizes itself
 * (routeContext), because a route handler is reachable whatever proxy.ts does.
 */
export function route<C>(handler: (request: Request, context: C) => Promise<unknown>) {
  return async (request: Request, context: C) => {
    try {
      const body = await handler(request, context);
      return body instanceof Response ? body : NextResponse.json(body);
    } catch (error) {
      if (isAppError(error)) {
        return NextResponse.json(
          { error: error.code, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) },
          { status: error.status },
        );
      }
      if (isDatabaseUnavailable(error)) {
        markDatabaseUnavailable();
        console.error('[api] database unreachable', describeCause(error));
        return NextResponse.json(
          { error: 'UNAVAILABLE' },
          { status: 503, headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER), 'Cache-Control': 'no-store' } },
        );
      }
      const errorId = crypto.randomUUID();
      console.error(`[api] ${errorId}`, error);
      return NextResponse.json({ error: 'INTERNAL', errorId }, { status: 500 });
    }
  };
}

/** authorize() for a signed-in route handler, and its context; a malformed organisation id is NOT_FOUND. */
export async function routeContext(permission: Permission, scope: { orgId?: string } = {}): Promise<Ctx<UserActor>> {
  if (scope.orgId !== undefined && !guid.safeParse(scope.orgId).success) throw new AppError('NOT_FOUND');
  const actor = await authorize(permission, scope);
  return createContext({ actor, locale: await getLocale(), request: await requestInfo() });
}
