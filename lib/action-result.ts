import type { ErrorCode } from './errors';

/** What every server action returns; importable from client components. */
export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; error: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };
