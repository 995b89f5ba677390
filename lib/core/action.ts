import 'server-only';
import { z } from 'zod';
import { authorize, getActor } from '@/lib/auth/authorize';
import type { Permission } from '@/lib/auth/permissions';
import { describeCause, isDatabaseUnavailable, markDatabaseUnavailable } from '@/db/unavailable';
import { isAppError, type ErrorCode } from '@/lib/errors';
import { cleanInput } from '@/lib/http/clean-input';
import { assertSameOrigin } from '@/lib/http/request-origin';
import { getT } from '@/lib/i18n/server';
import type { MessageKey } from '@/lib/i18n/translate';
import { isMessageKey } from '@/lib/i18n/translate';
import type { ActionResult } from '@/lib/action-result';
import type { UserActor } from './actor';
import { createContext, inTransaction, type Ctx } from './context';
import { requestInfo } from './request';

export type { ActionResult };

type UseCase<S extends z.ZodType, A extends UserActor | null, T> = (ctx: Ctx<A>, input: z.output<S>) => Promise<T>;

type Options<S extends z.ZodType> = {
  permission: Permission;
  schema: S;
  /** The organisation the input is about, for authorize(); taken from the parsed input. */
  orgId?: (input: z.output<S>) => string | undefined;
};

/**
 * The one wrapper for every signed-in server action: authorize -> parse (every field error, in
 * the user's language) -> run the use case `(ctx, input)` in one transaction -> after-commit work
 * -> a result the form can show. Unknown errors are logged with an id and answered with a generic
 * message, never with e.message.
 */
export function action<S extends z.ZodType, T>(options: Options<S>, run: UseCase<S, UserActor, T>) {
  return wrap<S, UserActor, T>(options.schema, (parsed, raw) => {
    const orgId = orgIdOf(options, parsed.success ? parsed.data : raw);
    return authorize(options.permission, { orgId });
  }, run);
}

/** For the few actions anyone may call (sign-in, language, verify, confirm a subscription). */
export function publicAction<S extends z.ZodType, T>(options: { schema: S }, run: UseCase<S, UserActor | null, T>) {
  return wrap<S, UserActor | null, T>(options.schema, () => getActor(), run);
}

function wrap<S extends z.ZodType, A extends UserActor | null, T>(
  schema: S,
  authenticate: (parsed: z.ZodSafeParseResult<z.output<S>>, raw: unknown) => Promise<A>,
  run: UseCase<S, A, T>,
) {
  return async (...args: unknown[]): Promise<ActionResult<T>> => {
    // useActionState passes (previousState, formData); a direct call passes (input).
    // Control characters are removed, bidi overrides reported below (lib/http/clean-input.ts).
    const { value: raw, bidiFields } = cleanInput(toObject(args.length > 1 ? args[1] : args[0]));
    const { t, locale } = await getT();
    try {
      // Only requests a page of ours sent; proxy.ts checks this too, but it is only comfort.
      await assertSameOrigin();
      // Async, so a schema may look inside an uploaded file (the verify page checks for %PDF-).
      const parsed = await schema.safeParseAsync(raw);
      // Authorize before reporting validation problems, so strangers learn nothing from them.
      const actor = await authenticate(parsed, raw);
      if (!parsed.success || bidiFields.length > 0) {
        // A Map, not an object: a field may be called "constructor" or "__proto__" (issue 15, item 3).
        const fieldErrors = new Map<string, string[]>();
        const add = (field: string, text: string) => fieldErrors.set(field, [...(fieldErrors.get(field) ?? []), text]);
        for (const field of bidiFields) add(field, t('security.textDirection'));
        for (const issue of parsed.error?.issues ?? []) {
          add(issue.path.join('.') || '_', isMessageKey(issue.message) ? t(issue.message, issueVars(issue)) : t('validation.invalid'));
        }
        return { ok: false, error: 'VALIDATION', message: t('validation.invalid'), fieldErrors: Object.fromEntries(fieldErrors) };
      }
      const ctx = createContext({ actor, locale, request: await requestInfo() });
      const data = await inTransaction(ctx, (tx) => run(tx, parsed.data));
      return { ok: true, data };
    } catch (error) {
      if (isAppError(error)) {
        const key = messageKeyFor[error.code];
        const message = isMessageKey(error.message) ? t(error.message) : key ? t(key) : t('common.error.generic');
        // Use cases name field problems by dictionary key; the user reads them in their language.
        const fieldErrors = error.fieldErrors
          ? Object.fromEntries(
              Object.entries(error.fieldErrors).map(([field, texts]) => [field, texts.map((m) => (isMessageKey(m) ? t(m) : m))]),
            )
          : undefined;
        return { ok: false, error: error.code, message, fieldErrors };
      }
      // redirect() and notFound() from inside an action must keep propagating.
      if (isNextControlFlow(error)) throw error;
      if (isDatabaseUnavailable(error)) {
        markDatabaseUnavailable();
        console.error('[action] database unreachable', describeCause(error));
        return { ok: false, error: 'UNAVAILABLE', message: t('common.error.unavailable') };
      }
      const errorId = crypto.randomUUID();
      console.error(`[action] ${errorId}`, error);
      return { ok: false, error: 'INTERNAL', message: `${t('common.error.generic')} (${errorId.slice(0, 8)})` };
    }
  };
}

const messageKeyFor: Partial<Record<ErrorCode, MessageKey>> = {
  UNAUTHENTICATED: 'common.error.forbidden',
  FORBIDDEN: 'common.error.forbidden',
  NOT_FOUND: 'common.error.notFound',
  RATE_LIMITED: 'common.error.rateLimited',
};

function toObject(input: unknown): unknown {
  if (input instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of input.entries()) {
      if (key.startsWith('$ACTION')) continue;
      // Files stay File objects: the verify page uploads a PDF and its schema checks the bytes.
      out[key] = value;
    }
    return out;
  }
  return input;
}

function orgIdOf<S extends z.ZodType>(options: Options<S>, input: unknown): string | undefined {
  if (!options.orgId || typeof input !== 'object' || input === null) return undefined;
  try {
    const value = options.orgId(input as z.output<S>);
    return typeof value === 'string' && z.guid().safeParse(value).success ? value : undefined;
  } catch {
    return undefined;
  }
}

function issueVars(issue: z.core.$ZodIssue): Record<string, string | number> {
  if ('maximum' in issue && typeof issue.maximum !== 'bigint') return { max: Number(issue.maximum) };
  if ('minimum' in issue && typeof issue.minimum !== 'bigint') return { min: Number(issue.minimum) };
  return {};
}

function isNextControlFlow(error: unknown) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && /^(NEXT_REDIRECT|NEXT_NOT_FOUND|NEXT_HTTP_ERROR_FALLBACK)/.test(digest);
}
