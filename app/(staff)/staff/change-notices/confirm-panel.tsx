'use client';

import { useActionState } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/action-result';
import { announceChangeNoticeAction, withdrawChangeNoticeAction } from './actions';

type Labels = { title: string; lead: string; confirm: string; submit: string; pending: string };

/**
 * Announcing and withdrawing cannot be undone: the step needs a ticked confirmation, which the
 * server checks too (the schema refuses a missing one with a field message).
 */
export function ConfirmPanel({
  step,
  changeNoticeId,
  labels,
}: {
  step: 'announce' | 'withdraw';
  changeNoticeId: string;
  labels: Labels;
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<Record<string, unknown>> | null, FormData>(
    async (_prev, form) => {
      const input = { changeNoticeId, confirm: form.get('confirm') === 'on' };
      const result = step === 'announce' ? await announceChangeNoticeAction(input) : await withdrawChangeNoticeAction(input);
      // The page changes (no longer a draft): it shows the outcome from ?done= with the counts.
      if (result.ok) router.replace(`/staff/change-notices/${changeNoticeId}?done=${step}`);
      return result as ActionResult<Record<string, unknown>>;
    },
    null,
  );
  const fieldError = state && !state.ok ? state.fieldErrors?.confirm?.join(' ') : undefined;
  const otherErrors =
    state && !state.ok ? Object.entries(state.fieldErrors ?? {}).filter(([k]) => k !== 'confirm').flatMap(([, v]) => v) : [];
  const id = `${step}-confirm`;

  return (
    <section className={`card confirm-panel confirm-panel-${step}`} aria-labelledby={`${step}-title`}>
      <h2 id={`${step}-title`}>{labels.title}</h2>
      <p>{labels.lead}</p>
      {state && !state.ok && !fieldError ? (
        <div className="notice notice-error" role="alert">
          <p>{state.message}</p>
          {otherErrors.length ? (
            <ul>
              {otherErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <form action={formAction} className="form" noValidate>
        <div className="field">
          <label className="check-row">
            <input
              type="checkbox"
              id={id}
              name="confirm"
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? `${id}-error` : undefined}
            />{' '}
            {labels.confirm}
          </label>
          {fieldError ? (
            <p id={`${id}-error`} className="field-error" role="alert">
              {fieldError}
            </p>
          ) : null}
        </div>
        <button type="submit" className={`button ${step === 'announce' ? 'button-primary' : 'button-secondary'}`} disabled={pending}>
          {pending ? labels.pending : labels.submit}
        </button>
      </form>
    </section>
  );
}
