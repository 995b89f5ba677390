'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/action-result';
import { signDpaAction } from './actions';
import { signDpaSchema } from '@/lib/dpa/sign-dpa-schema';

// The signing form. Signing is irreversible, so the first button only checks the input (with the
// same schema the server uses) and opens a native <dialog> that summarises what will be signed;
// only its "sign bindingly now" button submits. The server validates again and decides.

type Labels = {
  consentHeading: string;
  confirmAuthority: string;
  fullName: string;
  fullNameHint: string;
  position: string;
  positionHint: string;
  submit: string;
  dialogTitle: string;
  dialogText: string;
  summaryOrg: string;
  summaryVersion: string;
  summarySigner: string;
  confirm: string;
  cancel: string;
  signing: string;
  fixErrors: string;
  done: string;
  reload: string;
};

type Props = {
  orgId: string;
  templateVersionId: string;
  locale: 'de' | 'en';
  legalName: string;
  versionLabel: string;
  consentText: string;
  prefill: { fullName: string; position: string };
  labels: Labels;
  /** Translations of the schema's message keys, for the check before the dialog opens. */
  messages: Record<string, string>;
};

type Signed = { agreementId: string; version: number; pdfSha256: string };
type FieldErrors = Record<string, string[]>;

export function SignForm({ orgId, templateVersionId, locale, legalName, versionLabel, consentText, prefill, labels, messages }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [state, formAction, pending] = useActionState<ActionResult<Signed> | null, FormData>(signDpaAction, null);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [summary, setSummary] = useState({ fullName: '', position: '' });

  // Signed: show the page's success state (banner, download, verify) for this agreement.
  useEffect(() => {
    if (state?.ok) router.replace(`/orgs/${orgId}/dpa?signed=${state.data.agreementId}#status`);
  }, [state, orgId, router]);

  const serverErrors = state && !state.ok ? state.fieldErrors : undefined;
  const errors = clientErrors ?? serverErrors ?? {};
  const hasErrors = Object.keys(errors).length > 0;

  function review() {
    const form = formRef.current!;
    const data = Object.fromEntries(new FormData(form).entries());
    const parsed = signDpaSchema.safeParse(data);
    if (!parsed.success) {
      const found: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const vars: Record<string, string> = {};
        if ('minimum' in issue) vars.min = String(issue.minimum);
        if ('maximum' in issue) vars.max = String(issue.maximum);
        const text = (messages[issue.message] ?? messages['validation.invalid'] ?? issue.message).replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
        (found[issue.path.join('.') || '_'] ??= []).push(text);
      }
      setClientErrors(found);
      const first = form.querySelector<HTMLElement>('[aria-invalid="true"], input:not([type=hidden])');
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus() ?? first?.focus());
      return;
    }
    setClientErrors(null);
    setSummary({ fullName: parsed.data.fullName, position: parsed.data.position });
    dialogRef.current?.showModal();
  }

  // Enter in a text field submits a form implicitly; without the dialog open that only reviews.
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (!dialogRef.current?.open) {
      event.preventDefault();
      review();
      return;
    }
    dialogRef.current.close();
  }

  if (state?.ok) {
    return (
      <p className="notice notice-success" role="status">
        {labels.done}
      </p>
    );
  }

  const already = state && !state.ok && state.error === 'ALREADY_DONE';
  const formError = state && !state.ok && !state.fieldErrors ? state.message : undefined;
  const describedBy = (field: string, hint?: boolean) =>
    [errors[field] ? `${field}-error` : null, hint ? `${field}-hint` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form ref={formRef} action={formAction} className="form dpa-sign-form" noValidate onSubmit={onSubmit}>
      {already ? (
        <div className="notice notice-info" role="status">
          <p>{state.message}</p>
          <a className="button button-secondary" href={`/orgs/${orgId}/dpa#status`}>
            {labels.reload}
          </a>
        </div>
      ) : formError ? (
        <p className="notice notice-error" role="alert">
          {formError}
        </p>
      ) : hasErrors ? (
        <p className="notice notice-error" role="alert">
          {labels.fixErrors}
        </p>
      ) : null}
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="templateVersionId" value={templateVersionId} />
      <input type="hidden" name="locale" value={locale} />

      <div className="dpa-consent">
        <h3>{labels.consentHeading}</h3>
        <p lang={locale}>{consentText}</p>
      </div>

      <div className="field field-check">
        <div className="check-row">
          <input
            id="confirmAuthority"
            name="confirmAuthority"
            type="checkbox"
            aria-invalid={errors.confirmAuthority ? true : undefined}
            aria-describedby={describedBy('confirmAuthority')}
          />
          <label htmlFor="confirmAuthority">{labels.confirmAuthority}</label>
        </div>
        <FieldError field="confirmAuthority" errors={errors} />
      </div>
      <div className="field">
        <label htmlFor="fullName">{labels.fullName}</label>
        <input
          id="fullName"
          name="fullName"
          autoComplete="name"
          maxLength={200}
          defaultValue={prefill.fullName}
          aria-invalid={errors.fullName ? true : undefined}
          aria-describedby={describedBy('fullName', true)}
        />
        <p id="fullName-hint" className="field-hint">
          {labels.fullNameHint}
        </p>
        <FieldError field="fullName" errors={errors} />
      </div>
      <div className="field">
        <label htmlFor="position">{labels.position}</label>
        <input
          id="position"
          name="position"
          autoComplete="organization-title"
          maxLength={200}
          defaultValue={prefill.position}
          aria-invalid={errors.position ? true : undefined}
          aria-describedby={describedBy('position', true)}
        />
        <p id="position-hint" className="field-hint">
          {labels.positionHint}
        </p>
        <FieldError field="position" errors={errors} />
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={review} disabled={pending}>
          {pending ? labels.signing : labels.submit}
        </button>
      </div>

      <dialog ref={dialogRef} className="dpa-dialog" aria-labelledby="sign-dialog-title" aria-describedby="sign-dialog-text">
        <h2 id="sign-dialog-title">{labels.dialogTitle}</h2>
        <p id="sign-dialog-text">{labels.dialogText}</p>
        <dl className="facts facts-stacked">
          <div>
            <dt>{labels.summaryOrg}</dt>
            <dd>{legalName}</dd>
          </div>
          <div>
            <dt>{labels.summaryVersion}</dt>
            <dd>{versionLabel}</dd>
          </div>
          <div>
            <dt>{labels.summarySigner}</dt>
            <dd>
              {summary.fullName}
              <span className="muted">, {summary.position}</span>
            </dd>
          </div>
        </dl>
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

function FieldError({ field, errors }: { field: string; errors: FieldErrors }) {
  const messages = errors[field];
  if (!messages?.length) return null;
  return (
    <p id={`${field}-error`} className="field-error" role="alert">
      {messages.join(' ')}
    </p>
  );
}
