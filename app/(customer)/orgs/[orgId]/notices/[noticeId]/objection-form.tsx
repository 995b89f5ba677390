'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/action-result';
import { REASON_MAX, reasonSchema } from '@/lib/objections/objection-schemas';
import { fileObjectionAction, updateObjectionAction } from './actions';

// Filing (with a confirmation dialog) or editing an objection. The reason is checked with the
// server's own schema before the dialog opens; the server checks again and has the last word
// (deadline, role, scope).

type Labels = {
  reason: string;
  hint: string;
  submit: string;
  sending: string;
  fixErrors: string;
  confirmTitle: string;
  confirmText: string;
  confirm: string;
  cancel: string;
};

type Props = {
  orgId: string;
  noticeId: string;
  /** Present when editing the organisation's open objection. */
  objectionId?: string;
  defaultReason?: string;
  labels: Labels;
  /** Translations of the schema's message keys, for the check before sending. */
  messages: Record<string, string>;
};

export function ObjectionForm({ orgId, noticeId, objectionId, defaultReason, labels, messages }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const editing = Boolean(objectionId);
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(
    editing ? updateObjectionAction : fileObjectionAction,
    null,
  );
  const [clientError, setClientError] = useState<string | null>(null);
  const fieldId = editing ? 'reason-edit' : 'reason';

  useEffect(() => {
    if (state?.ok) router.replace(`/orgs/${orgId}/notices/${noticeId}?done=${editing ? 'updated' : 'filed'}#objection`);
  }, [state, orgId, noticeId, editing, router]);

  function check(): boolean {
    const reason = new FormData(formRef.current!).get('reason');
    const parsed = reasonSchema.safeParse(reason);
    if (parsed.success) {
      setClientError(null);
      return true;
    }
    const key = parsed.error.issues[0]?.message ?? 'validation.invalid';
    setClientError(messages[key] ?? messages['validation.invalid'] ?? key);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('textarea')?.focus());
    return false;
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (editing) {
      if (!check()) event.preventDefault();
      return;
    }
    // Filing needs the confirmation: the first submit only checks and opens the dialog.
    if (!dialogRef.current?.open) {
      event.preventDefault();
      if (check()) dialogRef.current?.showModal();
      return;
    }
    dialogRef.current.close();
  }

  const serverField = state && !state.ok ? state.fieldErrors?.reason?.join(' ') : undefined;
  const fieldError = clientError ?? serverField;
  const formError = state && !state.ok && !state.fieldErrors ? state.message : undefined;
  const describedBy = [fieldError ? `${fieldId}-error` : null, `${fieldId}-hint`].filter(Boolean).join(' ');

  return (
    <form ref={formRef} action={formAction} className="form objection-form" noValidate onSubmit={onSubmit}>
      {formError ? (
        <p className="notice notice-error" role="alert">
          {formError}
        </p>
      ) : fieldError ? (
        <p className="visually-hidden" role="status">
          {labels.fixErrors}
        </p>
      ) : null}
      <input type="hidden" name="orgId" value={orgId} />
      {editing ? <input type="hidden" name="objectionId" value={objectionId} /> : <input type="hidden" name="noticeId" value={noticeId} />}
      <div className="field">
        <label htmlFor={fieldId}>{labels.reason}</label>
        <textarea
          id={fieldId}
          name="reason"
          rows={6}
          maxLength={REASON_MAX + 200}
          defaultValue={defaultReason}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={describedBy}
        />
        <p id={`${fieldId}-hint`} className="field-hint">
          {labels.hint}
        </p>
        {fieldError ? (
          <p id={`${fieldId}-error`} className="field-error" role="alert">
            {fieldError}
          </p>
        ) : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? labels.sending : labels.submit}
        </button>
      </div>
      {editing ? null : (
        <dialog ref={dialogRef} className="objection-dialog" aria-labelledby={`${fieldId}-dialog-title`} aria-describedby={`${fieldId}-dialog-text`}>
          <h2 id={`${fieldId}-dialog-title`}>{labels.confirmTitle}</h2>
          <p id={`${fieldId}-dialog-text`}>{labels.confirmText}</p>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={pending}>
              {labels.confirm}
            </button>
            <button type="button" className="button button-secondary" onClick={() => dialogRef.current?.close()}>
              {labels.cancel}
            </button>
          </div>
        </dialog>
      )}
    </form>
  );
}
