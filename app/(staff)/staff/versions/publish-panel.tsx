'use client';

import { useState } from 'react';
import type { Confirmation, VersionKind } from '@/lib/versions/version-input';
import { publishVersionAction } from './actions';
import { useRefreshingAction } from './use-refreshing-action';

type Labels = {
  start: string;
  title: string;
  warning: string;
  /** One label per confirmation the kind asks for, in the order they are shown. */
  confirmations: { name: Confirmation; label: string }[];
  submit: string;
  pending: string;
  cancel: string;
  /** Field names the server may name (bodyDe, changeSummaryEn, ...) as the editor labels them. */
  fields: Record<string, string>;
};

/**
 * Publishing is final, so it takes two steps: "Publish…" opens the confirmation, which names the
 * consequences and needs the kind's ticks (for TOMs also the protection-level confirmation) before
 * the server is asked. The server checks the ticks again; this panel only makes them deliberate.
 */
export function PublishPanel({ kind, id, labels }: { kind: VersionKind; id: string; labels: Labels }) {
  const [open, setOpen] = useState(false);
  const { state, pending, submit } = useRefreshingAction(publishVersionAction);

  if (!open) {
    return (
      <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
        {labels.start}
      </button>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const confirmations: readonly string[] = labels.confirmations.map((c) => c.name);
  const other = Object.entries(errors).filter(([field]) => !confirmations.includes(field));
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
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      {labels.confirmations.map((c) => (
        <Checkbox key={c.name} name={c.name} label={c.label} errors={errors[c.name]} />
      ))}
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
