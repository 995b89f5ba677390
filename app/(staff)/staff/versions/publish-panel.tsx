'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { publishDpaAction, publishTomsAction } from './actions';

type Labels = {
  start: string;
  title: string;
  warning: string;
  confirmIrreversible: string;
  protectionNotLowered?: string;
  submit: string;
  pending: string;
  cancel: string;
  /** Field names the server may name (bodyDe, changeSummaryEn, ...) as the editor labels them. */
  fields: Record<string, string>;
};

/**
 * Publishing is final, so it takes two steps: "Publish…" opens the confirmation, which names the
 * consequences and needs a tick (for TOMs also the protection-level confirmation) before the
 * server is asked. The server checks the ticks again; this panel only makes them deliberate.
 */
export function PublishPanel({ kind, id, labels }: { kind: 'dpa' | 'toms'; id: string; labels: Labels }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(
    kind === 'dpa' ? publishDpaAction : publishTomsAction,
    null,
  );
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  // By hand rather than <form action>, so that a refusal does not untick what was already ticked.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  if (!open) {
    return (
      <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
        {labels.start}
      </button>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const other = Object.entries(errors).filter(([field]) => field !== 'confirmIrreversible' && field !== 'protectionNotLowered');
  return (
    <form onSubmit={submit} className="form publish-confirm" noValidate>
      <h3>{labels.title}</h3>
      <p className="callout callout-warning">{labels.warning}</p>
      {state && !state.ok ? (
        <div className="notice notice-error" role="alert">
          <p>{state.message}</p>
          {other.length ? (
            <ul>
              {other.map(([field, messages]) => (
                <li key={field}>
                  <strong>{labels.fields[field] ?? field}</strong>: {messages.join(' ')}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="id" value={id} />
      {labels.protectionNotLowered ? (
        <Checkbox name="protectionNotLowered" label={labels.protectionNotLowered} errors={errors.protectionNotLowered} />
      ) : null}
      <Checkbox name="confirmIrreversible" label={labels.confirmIrreversible} errors={errors.confirmIrreversible} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? labels.pending : labels.submit}
        </button>
        <button type="button" className="button button-ghost" onClick={() => setOpen(false)}>
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}

function Checkbox({ name, label, errors }: { name: string; label: string; errors?: string[] }) {
  return (
    <div className="field field-checkbox">
      <label className="checkbox-label">
        <input
          type="checkbox"
          name={name}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${name}-error` : undefined}
        />
        <span>{label}</span>
      </label>
      {errors?.length ? (
        <p id={`${name}-error`} className="field-error" role="alert">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
