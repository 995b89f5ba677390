'use client';

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/action-result';
import type { Locale } from '@/lib/i18n/config';
import type { VerifyMessageKey } from '@/lib/i18n/messages/verify';
import type { VerificationResult } from '@/lib/verify/verify-document';
import { verifyInputSchema } from '@/lib/verify/verify-schema';
import { verifyDocumentAction } from './actions';
import { VerificationResultView } from './verification-result';

type Field = 'file' | 'sha256';
export type VerifyText = (key: VerifyMessageKey, vars?: Record<string, string>) => string;

type Props = {
  messages: Readonly<Record<VerifyMessageKey, string>>;
  locale: Locale;
  providerName: string;
  supportEmail: string | null;
  timeZone: string;
  initialSha256: string;
};

/** A form with no input at all says 'choose something'; for one form that means its own field. */
const requiredKey: Record<Field, VerifyMessageKey> = { file: 'verify.file.required', sha256: 'verify.sha256.required' };

export function VerifyForm({ messages, locale, providerName, supportEmail, timeZone, initialSha256 }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<VerificationResult> | null, FormData>(
    verifyDocumentAction,
    null,
  );
  const [submitted, setSubmitted] = useState<Field | null>(null);
  const [clientError, setClientError] = useState<{ field: Field; message: string } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const hashRef = useRef<HTMLInputElement>(null);
  // The field of the last submit, for the effect below (state would re-run it on every submit).
  const lastSubmit = useRef<Field | null>(null);
  const focusField = (field: Field) => (field === 'file' ? fileRef : hashRef).current?.focus();

  const text: VerifyText = (key, vars) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => vars?.[name] ?? match);
  const textOf = (message: string, field: Field) =>
    message === 'verify.missing' ? text(requiredKey[field]) : message in messages ? text(message as VerifyMessageKey) : message;

  // A new answer from the server: move focus to it (or to the field it complains about), so
  // keyboard and screen-reader users land where the news is.
  useEffect(() => {
    if (!state) return;
    if (!state.ok && state.fieldErrors && lastSubmit.current) focusField(lastSubmit.current);
    else resultRef.current?.focus();
  }, [state]);

  // Checked in the browser first with the same schema as the server, so a 50 MB video or a .txt
  // gets its message at once instead of travelling to the server (which checks again anyway).
  async function submit(event: FormEvent<HTMLFormElement>, field: Field) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setSubmitted(field);
    lastSubmit.current = field;
    const parsed = await verifyInputSchema.safeParseAsync({ [field]: formData.get(field) ?? undefined });
    if (!parsed.success) {
      setClientError({ field, message: textOf(parsed.error.issues[0]?.message ?? 'verify.missing', field) });
      focusField(field);
      return;
    }
    setClientError(null);
    startTransition(() => formAction(formData));
  }

  const serverErrors = state && !state.ok ? state.fieldErrors : undefined;
  // Before hydration (a browser without JavaScript posts the form natively) `submitted` is unknown:
  // field errors still show under their field, a general one above the result.
  const errorFor = (field: Field): string | undefined => {
    if (clientError) return clientError.field === field ? clientError.message : undefined;
    if (!serverErrors) return undefined;
    const general = submitted === field ? (serverErrors._ ?? []) : [];
    return [...(serverErrors[field] ?? []), ...general].join(' ') || undefined;
  };
  const formError =
    clientError || !state || state.ok
      ? undefined
      : !state.fieldErrors
        ? state.message
        : !submitted && state.fieldErrors._
          ? state.fieldErrors._.join(' ')
          : undefined;
  const result = !clientError && state?.ok ? state.data : null;
  const fileError = errorFor('file');
  const hashError = errorFor('sha256');

  return (
    <div className="verify-forms">
      <form action={formAction} onSubmit={(e) => submit(e, 'file')} className="form" noValidate aria-labelledby="verify-upload-title">
        <h2 id="verify-upload-title">{text('verify.upload.title')}</h2>
        <div className="field verify-dropzone">
          <label htmlFor="verify-file">{text('verify.upload.label')}</label>
          <input
            ref={fileRef}
            id="verify-file"
            name="file"
            type="file"
            accept="application/pdf,.pdf"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? 'verify-file-error verify-file-hint' : 'verify-file-hint'}
          />
          <p id="verify-file-hint" className="field-hint">
            {text('verify.upload.hint')}
          </p>
          {fileError ? (
            <p id="verify-file-error" className="field-error" role="alert">
              {fileError}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending && submitted === 'file' ? text('verify.checking') : text('verify.upload.submit')}
          </button>
        </div>
      </form>

      <p className="verify-divider" aria-hidden="true" />

      <form action={formAction} onSubmit={(e) => submit(e, 'sha256')} className="form" noValidate aria-labelledby="verify-hash-title">
        <h2 id="verify-hash-title">{text('verify.hash.title')}</h2>
        <div className="field">
          <label htmlFor="verify-sha256">{text('verify.hash.label')}</label>
          <input
            ref={hashRef}
            id="verify-sha256"
            name="sha256"
            type="text"
            className="verify-hash-input"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            maxLength={200}
            defaultValue={initialSha256}
            aria-invalid={hashError ? true : undefined}
            aria-describedby={hashError ? 'verify-sha256-error verify-sha256-hint' : 'verify-sha256-hint'}
          />
          <p id="verify-sha256-hint" className="field-hint">
            {text('verify.hash.hint')}
          </p>
          {hashError ? (
            <p id="verify-sha256-error" className="field-error" role="alert">
              {hashError}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" className="button button-secondary" disabled={pending}>
            {pending && submitted === 'sha256' ? text('verify.checking') : text('verify.hash.submit')}
          </button>
        </div>
      </form>

      <div ref={resultRef} tabIndex={-1} className="verify-result" role="status" aria-live="polite" aria-label={text('verify.result.label')}>
        {formError ? <p className="notice notice-error">{formError}</p> : null}
        {result ? (
          <VerificationResultView
            result={result}
            checked={submitted ?? 'sha256'}
            text={text}
            locale={locale}
            providerName={providerName}
            supportEmail={supportEmail}
            timeZone={timeZone}
          />
        ) : null}
      </div>
    </div>
  );
}
