'use client';

import { useActionState, useId, useState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import {
  addNoticeContactAction,
  addWebhookAction,
  removeNoticeContactAction,
  removeWebhookAction,
  rotateFeedTokenAction,
} from './actions';

type Result<T> = ActionResult<T> | null;

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {errors.join(' ')}
    </p>
  );
}

function FormError({ state }: { state: Result<unknown> }) {
  if (!state || state.ok || state.fieldErrors) return null;
  return (
    <p className="notice notice-error" role="alert">
      {state.message}
    </p>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export function AddContactForm({
  orgId,
  labels,
}: {
  orgId: string;
  labels: { email: string; name: string; locale: string; de: string; en: string; submit: string; pending: string; added: string };
}) {
  // Controlled, so a refused entry stays in the field for correcting; cleared after success.
  const [values, setValues] = useState({ email: '', name: '' });
  const [state, formAction, pending] = useActionState<Result<{ email: string }>, FormData>(async (prev, data) => {
    const result = await addNoticeContactAction(prev, data);
    if (result.ok) setValues({ email: '', name: '' });
    return result;
  }, null);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="form subscriptions-form" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      {state?.ok ? (
        <p className="notice notice-success" role="status">
          {labels.added.replace('{email}', state.data.email)}
        </p>
      ) : null}
      <FormError state={state} />
      <div className="subscriptions-fields">
        <div className="field field-grow">
          <label htmlFor={`${id}-email`}>{labels.email}</label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="off"
            required
            maxLength={254}
            aria-invalid={errors?.email ? true : undefined}
            aria-describedby={describedBy(errors?.email && `${id}-email-error`)}
            value={values.email}
            onChange={(e) => setValues({ ...values, email: e.target.value })}
          />
          <FieldError id={`${id}-email-error`} errors={errors?.email} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{labels.name}</label>
          <input
            id={`${id}-name`}
            name="name"
            type="text"
            maxLength={200}
            aria-invalid={errors?.name ? true : undefined}
            aria-describedby={describedBy(errors?.name && `${id}-name-error`)}
            value={values.name}
            onChange={(e) => setValues({ ...values, name: e.target.value })}
          />
          <FieldError id={`${id}-name-error`} errors={errors?.name} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-locale`}>{labels.locale}</label>
          <select id={`${id}-locale`} name="locale" defaultValue="de">
            <option value="de">{labels.de}</option>
            <option value="en">{labels.en}</option>
          </select>
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? labels.pending : labels.submit}
        </button>
      </div>
    </form>
  );
}

/** A one-button form (remove a contact or a webhook); the result is announced politely. */
export function RemoveButton({
  kind,
  orgId,
  targetId,
  label,
  ariaLabel,
}: {
  kind: 'contact' | 'webhook';
  orgId: string;
  targetId: string;
  label: string;
  ariaLabel: string;
}) {
  const [state, formAction, pending] = useActionState<Result<unknown>, FormData>(
    kind === 'contact' ? removeNoticeContactAction : removeWebhookAction,
    null,
  );
  return (
    <form action={formAction} className="subscriptions-remove">
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name={kind === 'contact' ? 'contactId' : 'webhookId'} value={targetId} />
      <button type="submit" className="button button-secondary" aria-label={ariaLabel} disabled={pending}>
        {label}
      </button>
      {state && !state.ok ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export function FeedTokenForm({
  orgId,
  hasFeed,
  labels,
}: {
  orgId: string;
  hasFeed: boolean;
  labels: { generate: string; rotate: string; pending: string; shownOnce: string; atom: string; calendar: string; english: string };
}) {
  const [state, formAction, pending] = useActionState<Result<{ atom: string; calendar: string }>, FormData>(
    rotateFeedTokenAction,
    null,
  );
  return (
    <div className="subscriptions-feed">
      {state?.ok ? (
        <div className="callout callout-warning" role="status">
          <p>
            <strong>{labels.shownOnce}</strong>
          </p>
          <dl className="facts facts-stacked">
            <div>
              <dt>{labels.atom}</dt>
              <dd>
                <code className="hash-value secret-value">{state.data.atom}</code>
              </dd>
            </div>
            <div>
              <dt>{labels.calendar}</dt>
              <dd>
                <code className="hash-value secret-value">{state.data.calendar}</code>
              </dd>
            </div>
          </dl>
          <p className="field-hint">{labels.english}</p>
        </div>
      ) : null}
      <FormError state={state} />
      <form action={formAction}>
        <input type="hidden" name="orgId" value={orgId} />
        <input type="hidden" name="confirm" value="rotate" />
        <button type="submit" className={`button ${hasFeed ? 'button-secondary' : 'button-primary'}`} disabled={pending}>
          {pending ? labels.pending : hasFeed ? labels.rotate : labels.generate}
        </button>
      </form>
    </div>
  );
}

export function AddWebhookForm({
  orgId,
  labels,
}: {
  orgId: string;
  labels: { url: string; hint: string; submit: string; pending: string; added: string };
}) {
  const [url, setUrl] = useState('');
  const [state, formAction, pending] = useActionState<Result<{ url: string; secret: string }>, FormData>(
    async (prev, data) => {
      const result = await addWebhookAction(prev, data);
      if (result.ok) setUrl('');
      return result;
    },
    null,
  );
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="form subscriptions-form" noValidate>
      <input type="hidden" name="orgId" value={orgId} />
      {state?.ok ? (
        <div className="callout callout-warning" role="status">
          <p>{labels.added}</p>
          <p>
            <code className="hash-value secret-value" data-testid="webhook-secret">
              {state.data.secret}
            </code>
          </p>
        </div>
      ) : null}
      <FormError state={state} />
      <div className="field">
        <label htmlFor={`${id}-url`}>{labels.url}</label>
        <input
          id={`${id}-url`}
          name="url"
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          required
          maxLength={2000}
          placeholder="https://"
          aria-invalid={errors?.url ? true : undefined}
          aria-describedby={describedBy(`${id}-url-hint`, errors?.url && `${id}-url-error`)}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <p id={`${id}-url-hint`} className="field-hint">
          {labels.hint}
        </p>
        <FieldError id={`${id}-url-error`} errors={errors?.url} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? labels.pending : labels.submit}
        </button>
      </div>
    </form>
  );
}
