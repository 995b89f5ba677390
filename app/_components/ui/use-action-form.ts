'use client';

import { startTransition, useActionState, useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action-result';
import { fieldErrorsFrom } from '@/lib/i18n/zod-issues';
import type { FormState } from './form-context';

export type SchemaOrLoader = z.ZodType | (() => Promise<z.ZodType>);

export type ServerAction<T> = (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

type Options = {
  /**
   * The action's own schema, checked in the browser first so a mistake is shown at once (the server
   * checks again; it is the truth). Its message keys must be in the namespaces this page provides.
   * Better as a loader (`() => import('…').then((m) => m.schema)`): zod then arrives with the first
   * submit instead of in the page's first-load JavaScript (issue 14: at most 150 kB gzip a page).
   */
  schema?: SchemaOrLoader;
  /** Ask before sending (ActionForm shows the ConfirmDialog while this is true). */
  confirm?: boolean;
};

/** The one translation of zod issues in the browser: message keys in the reader's language. */
export function useIssueTranslator() {
  const t = useTranslations();
  return useCallback(
    (key: string, vars: Record<string, number>) => {
      const messageKey = key as Parameters<typeof t>[0];
      return t.has(messageKey) ? t(messageKey, vars) : null;
    },
    [t],
  );
}

/**
 * A form bound to a server action that returns an ActionResult: pending state, field errors (from
 * the browser check or the server), the form-level message, and focus on the first problem.
 * Works before hydration too: the form posts natively and the server's answer is rendered.
 */
export function useActionForm<T>(action: ServerAction<T>, { schema, confirm = false }: Options = {}) {
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const [confirming, setConfirming] = useState(false);
  const held = useRef<FormData | null>(null);
  // The form last submitted, where focus goes to the first problem.
  const lastForm = useRef<HTMLFormElement | null>(null);
  const checking = useRef(false);
  const translateIssue = useIssueTranslator();

  const errors = clientErrors ?? (state && !state.ok ? (state.fieldErrors ?? {}) : {});
  const formError =
    clientErrors === null && state && !state.ok
      ? state.fieldErrors
        ? (state.fieldErrors._?.join(' ') ?? null)
        : state.message
      : null;

  // A new answer or a failed browser check: put the keyboard on the first field to fix.
  useEffect(() => {
    lastForm.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, clientErrors]);

  const send = useCallback(
    (formData: FormData) => {
      startTransition(() => formAction(formData));
    },
    [formAction],
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A second press while the schema is still loading (the first submit fetches it) sends nothing.
    if (pending || checking.current) return;
    const form = event.currentTarget;
    lastForm.current = form;
    const formData = new FormData(form, (event.nativeEvent as SubmitEvent).submitter);
    // A number or date field the browser cannot read (letters in a number, half a date in Firefox)
    // is posted as '' and would pass for "left empty". Only the browser knows: say so at the field.
    const unreadable = [...form.elements].filter((el): el is HTMLInputElement => el instanceof HTMLInputElement && el.name !== '' && el.validity.badInput);
    if (unreadable.length > 0) {
      const message = translateIssue('validation.unreadable', {}) ?? translateIssue('validation.invalid', {}) ?? 'validation.unreadable';
      setClientErrors(Object.fromEntries(unreadable.map((el) => [el.name, [message]])));
      return;
    }
    if (schema) {
      checking.current = true;
      try {
        // Should the schema not load (a dropped connection), the server's check still answers.
        const check = typeof schema === 'function' ? await schema().catch(() => null) : schema;
        const parsed = check ? await check.safeParseAsync(Object.fromEntries(formData)) : { success: true as const };
        if (!parsed.success) {
          setClientErrors(fieldErrorsFrom(parsed.error.issues, translateIssue));
          return;
        }
      } finally {
        checking.current = false;
      }
    }
    setClientErrors(null);
    if (confirm) {
      held.current = formData;
      setConfirming(true);
      return;
    }
    send(formData);
  }

  const context: FormState = { errors, pending };
  return {
    state,
    /** The data of the last successful answer, else null. */
    data: state?.ok ? state.data : null,
    pending,
    errors,
    formError,
    context,
    formProps: { action: formAction, onSubmit, noValidate: true },
    confirmation: {
      open: confirming,
      onConfirm: () => {
        setConfirming(false);
        if (held.current) send(held.current);
      },
      onCancel: () => setConfirming(false),
    },
  };
}
