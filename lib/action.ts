import 'server-only';
import { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { authorize, getActor, requestMeta, type Actor } from '@/lib/auth/authorize';
import type { Permission } from '@/lib/auth/permissions';
import { AppError, isAppError, type ErrorCode } from '@/lib/errors';
import { cleanInput } from '@/lib/http/clean-input';
import { assertSameOrigin } from '@/lib/http/request-origin';
import { getT } from '@/lib/i18n/server';
import { isMessageKey } from '@/lib/i18n/translate';

import type { ActionResult } from './action-result';

export type { ActionResult };

type Meta = { ip: string | null; userAgent: string | null };

type Options<S extends z.ZodType> = {
  /** 'public' only for sign-in and language choice; everything else names a permission. */
  permission: Permission | 'public';
  schema: S;
  /** The organisation the input is about, for authorize(); taken from the parsed input. */
  orgId?: (input: z.output<S>) => string | undefined;
};

type Context<S extends z.ZodType, A> = { actor: A; input: z.output<S>; tx: Tx; meta: Meta };

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

const messageKeyFor: Partial<Record<ErrorCode, Parameters<Awaited<ReturnType<typeof getT>>['t']>[0]>> = {
  FORBIDDEN: 'common.error.forbidden',
  NOT_FOUND: 'common.error.notFound',
  RATE_LIMITED: 'common.error.rateLimited',
};

/**
 * The one wrapper for every server action: authorize -> parse (all field errors, in the user's
 * language) -> run in one transaction -> a result the form can show. Unknown errors are logged with
 * an id and answered with a generic message, never with e.message.
 */
export function action<S extends z.ZodType, T, A extends Actor | null = Actor>(
  options: Options<S>,
  run: (ctx: Context<S, A>) => Promise<T>,
) {
  return async (...args: unknown[]): Promise<ActionResult<T>> => {
    // useActionState passes (previousState, formData); a direct call passes (input).
    // Control characters are removed, bidi overrides reported below (lib/http/clean-input.ts).
    const { value: raw, bidiFields } = cleanInput(toObject(args.length > 1 ? args[1] : args[0]));
    const { t } = await getT();
    try {
      // Only requests a page of ours sent; proxy.ts checks this too, but it is only comfort.
      await assertSameOrigin();
      // Async, so a schema may look inside an uploaded file (the verify page checks for %PDF-).
      const parsed = await options.schema.safeParseAsync(raw);
      // Authorize before reporting validation problems, so strangers learn nothing from them.
      const orgId = orgIdOf(options, parsed.success ? parsed.data : raw);
      const actor =
        options.permission === 'public'
          ? await getActor()
          : await authorize(options.permission, { orgId });
      if (!parsed.success || bidiFields.length > 0) {
        const fieldErrors: Record<string, string[]> = {};
        for (const field of bidiFields) (fieldErrors[field] ??= []).push(t('security.textDirection'));
        for (const issue of parsed.error?.issues ?? []) {
          const field = issue.path.join('.') || '_';
          const text = isMessageKey(issue.message) ? t(issue.message, issueVars(issue)) : t('validation.invalid');
          (fieldErrors[field] ??= []).push(text);
        }
        return { ok: false, error: 'VALIDATION', message: t('validation.invalid'), fieldErrors };
      }
      const meta = await requestMeta();
      const data = await getDb().transaction((tx) =>
        run({ actor: actor as A, input: parsed.data, tx, meta }),
      );
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
      const errorId = crypto.randomUUID();
      console.error(`[action] ${errorId}`, error);
      return { ok: false, error: 'INTERNAL', message: `${t('common.error.generic')} (${errorId.slice(0, 8)})` };
    }
  };
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

export { AppError };
