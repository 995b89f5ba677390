'use client';

import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { requestSignInLinkAction } from './actions';

type Labels = {
  email: string;
  emailHint: string;
  submit: string;
  sending: string;
  sentTitle: string;
  sent: string;
  again: string;
};

export function SignInForm({ labels, callbackUrl }: { labels: Labels; callbackUrl?: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ email: string }> | null, FormData>(
    requestSignInLinkAction,
    null,
  );
  const [dismissed, setDismissed] = useState<typeof state>(null);

  if (state?.ok && dismissed !== state) {
    return (
      <div className="notice notice-success" role="status" aria-live="polite">
        <h2>{labels.sentTitle}</h2>
        <p>{labels.sent.replace('{email}', state.data.email)}</p>
        <button type="button" className="button button-secondary" onClick={() => setDismissed(state)}>
          {labels.again}
        </button>
      </div>
    );
  }

  const fieldError = state && !state.ok ? state.fieldErrors?.email?.join(' ') : undefined;
  const formError = state && !state.ok && !state.fieldErrors ? state.message : undefined;
  return (
    <form action={formAction} className="form" noValidate>
      {formError ? (
        <p className="notice notice-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="email">{labels.email}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          maxLength={254}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? 'email-error email-hint' : 'email-hint'}
          defaultValue={state && !state.ok ? undefined : ''}
        />
        <p id="email-hint" className="field-hint">
          {labels.emailHint}
        </p>
        {fieldError ? (
          <p id="email-error" className="field-error" role="alert">
            {fieldError}
          </p>
        ) : null}
      </div>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
