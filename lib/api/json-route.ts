import 'server-only';
import { NextResponse } from 'next/server';
import { isAppError } from '@/lib/errors';

/**
 * Wraps a route handler: AppErrors become `{ error: CODE }` with their 4xx status; anything else is
 * logged with an id and answered 500 without details. The handler still calls authorize() itself.
 */
export function jsonRoute<C>(handler: (request: Request, context: C) => Promise<unknown>) {
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
      const errorId = crypto.randomUUID();
      console.error(`[api] ${errorId}`, error);
      return NextResponse.json({ error: 'INTERNAL', errorId }, { status: 500 });
    }
  };
}
