'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/action-result';
import type { DpaDraftInput } from '@/lib/versions/version-input';
import { updateDpaDraftAction } from '../../actions';
import { FormField } from '../../form-field';

type Field = Exclude<keyof DpaDraftInput, 'id'>;
type Labels = Record<Field, string> & { bodyHint: string; summaryHint: string; save: string; saving: string; saved: string };

/** The draft's texts in both languages; saving refreshes the preview below. */
export function DpaDraftForm({ values, labels }: { values: DpaDraftInput; labels: Labels }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(updateDpaDraftAction, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  // Submitted by hand rather than through <form action>: React resets a form after an action,
  // which would throw away a long edit whenever the server answers with a field error.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const field = (name: Field, extra: { rows?: number; hint?: string; lang: string }) => (
    <FormField name={name} label={labels[name]} defaultValue={values[name]} errors={errors[name]} {...extra} />
  );

  return (
    <form onSubmit={submit} className="form" noValidate>
      {state && !state.ok ? (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state?.ok ? (
        <p className="notice notice-success" role="status">
          {labels.saved}
        </p>
      ) : null}
      <input type="hidden" name="id" value={values.id} />
      <div className="versions-columns">
        {field('titleDe', { lang: 'de' })}
        {field('titleEn', { lang: 'en' })}
        {field('bodyDe', { rows: 24, hint: labels.bodyHint, lang: 'de' })}
        {field('bodyEn', { rows: 24, hint: labels.bodyHint, lang: 'en' })}
        {field('changeSummaryDe', { rows: 4, hint: labels.summaryHint, lang: 'de' })}
        {field('changeSummaryEn', { rows: 4, hint: labels.summaryHint, lang: 'en' })}
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? labels.saving : labels.save}
        </button>
      </div>
    </form>
  );
}
