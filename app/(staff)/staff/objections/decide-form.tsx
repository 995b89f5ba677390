'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/action-result';
import { decideObjectionSchema, NOTE_MAX } from '@/lib/objections/objection-schemas';
import { decideObjectionAction } from './actions';

// One objection's decision: accepted or rejected (a note is required then), checked with the
// server's schema, then confirmed in a native <dialog>, because the customer is mailed at once.

type Labels = {
  decision: string;
  accept: string;
  reject: string;
  note: string;
  noteHint: string;
  submit: string;
  sending: string;
  confirmTitle: string;
  confirmText: string;
  confirm: string;
  cancel: string;
};

type FieldErrors = Record<string, string[]>;

export function DecideForm({ objectionId, labels, messages }: { objectionId: string; labels: Labels; messages: Record<string, string> }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(decideObjectionAction, null);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const id = (field: string) => `${field}-${objectionId}`;

  useEffect(() => {
    if (state?.ok) router.replace(`/staff/objections?decided=${objectionId}#decided`);
  }, [state, objectionId, router]);

  function review(event: React.FormEvent<HTMLFormElement>) {
    if (dialogRef.current?.open) {
      dialogRef.current.close();
      return;
    }
    event.preventDefault();
    const parsed = decideObjectionSchema.safeParse(Object.fromEntries(new FormData(formRef.current!).entries()));
    if (!parsed.success) {
      const found: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        (found[issue.path.join('.') || '_'] ??= []).push(messages[issue.message] ?? messages['validation.invalid'] ?? issue.message);
      }
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    dialogRef.current?.showModal();
  }

  const errors = clientErrors ?? (state && !state.ok ? state.fieldErrors : undefined) ?? {};
  const formError = state && !state.ok && !state.fieldErrors ? state.message : undefined;
  const described = (field: string, hint?: boolean) =>
    [errors[field] ? id(`${field}-error`) : null, hint ? id(`${field}-hint`) : null].filter(Boolean).join(' ') || undefined;

  return (
    <form ref={formRef} action={formAction} className="form decide-form" noValidate onSubmit={review}>
      {formError ? (
        <p className="notice notice-error" role="alert">
          {formError}
        </p>
      ) : null}
      <input type="hidden" name="objectionId" value={objectionId} />
      <fieldset className="field" aria-describedby={described('decision')}>
        <legend>{labels.decision}</legend>
        <label className="check-row">
          <input type="radio" name="decision" value="accepted" /> {labels.accept}
        </label>
        <label className="check-row">
          <input type="radio" name="decision" value="rejected" /> {labels.reject}
        </label>
        {errors.decision ? (
          <p id={id('decision-error')} className="field-error" role="alert">
            {errors.decision.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <div className="field">
        <label htmlFor={id('note')}>{labels.note}</label>
        <textarea
          id={id('note')}
          name="note"
          rows={3}
          maxLength={NOTE_MAX + 200}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={described('note', true)}
        />
        <p id={id('note-hint')} className="field-hint">
          {labels.noteHint}
        </p>
        {errors.note ? (
          <p id={id('note-error')} className="field-error" role="alert">
            {errors.note.join(' ')}
          </p>
        ) : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? labels.sending : labels.submit}
        </button>
      </div>
      <dialog ref={dialogRef} className="objection-dialog" aria-labelledby={id('dialog-title')} aria-describedby={id('dialog-text')}>
        <h2 id={id('dialog-title')}>{labels.confirmTitle}</h2>
        <p id={id('dialog-text')}>{labels.confirmText}</p>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={pending}>
            {labels.confirm}
          </button>
          <button type="button" className="button button-secondary" onClick={() => dialogRef.current?.close()}>
            {labels.cancel}
          </button>
        </div>
      </dialog>
    </form>
  );
}
