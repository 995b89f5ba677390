'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { confirmNoticeContactAction } from './actions';

type Labels = { submit: string; pending: string; done: string };

export function ConfirmForm({ token, labels }: { token: string; labels: Labels }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ email: string; orgName: string }> | null, FormData>(
    confirmNoticeContactAction,
    null,
  );
  if (state?.ok) {
    return (
      <p className="notice notice-success" role="status">
        {labels.done.replace('{email}', state.data.email).replace('{org}', state.data.orgName)}
      </p>
    );
  }
  const error = state && !state.ok ? (state.fieldErrors?.token?.join(' ') ?? state.message) : null;
  return (
    <form action={formAction} className="form">
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
