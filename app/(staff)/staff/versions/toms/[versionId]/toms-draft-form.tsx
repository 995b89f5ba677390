'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/action-result';
import type { TomsDraftInput } from '@/lib/versions/version-input';
import { updateTomsDraftAction } from '../../actions';
import { FormField } from '../../form-field';

type Section = { key: string; heading: string; de: string; en: string };
type Labels = {
  de: string;
  en: string;
  measuresHint: string;
  changeSummaryDe: string;
  changeSummaryEn: string;
  summaryHint: string;
  save: string;
  saving: string;
  saved: string;
};

/** One fieldset per Art. 32 heading: German and English measures, one per line, paired by line. */
export function TomsDraftForm({
  id,
  sections,
  changeSummary,
  labels,
}: {
  id: string;
  sections: Section[];
  changeSummary: { de: string; en: string };
  labels: Labels;
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(updateTomsDraftAction, null);
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
  const errors: Partial<Record<keyof TomsDraftInput, string[]>> & Record<string, string[] | undefined> =
    state && !state.ok ? state.fieldErrors ?? {} : {};

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
      <input type="hidden" name="id" value={id} />
      {sections.map((section) => (
        <fieldset key={section.key} className="toms-fieldset">
          <legend>{section.heading}</legend>
          <div className="versions-columns">
            <FormField
              name={`${section.key}De`}
              label={`${section.heading} – ${labels.de}`}
              hint={labels.measuresHint}
              defaultValue={section.de}
              errors={errors[`${section.key}De`]}
              rows={8}
              lang="de"
            />
            <FormField
              name={`${section.key}En`}
              label={`${section.heading} – ${labels.en}`}
              hint={labels.measuresHint}
              defaultValue={section.en}
              errors={errors[`${section.key}En`]}
              rows={8}
              lang="en"
            />
          </div>
        </fieldset>
      ))}
      <div className="versions-columns">
        <FormField name="changeSummaryDe" label={labels.changeSummaryDe} hint={labels.summaryHint} defaultValue={changeSummary.de} errors={errors.changeSummaryDe} rows={4} lang="de" />
        <FormField name="changeSummaryEn" label={labels.changeSummaryEn} hint={labels.summaryHint} defaultValue={changeSummary.en} errors={errors.changeSummaryEn} rows={4} lang="en" />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? labels.saving : labels.save}
        </button>
      </div>
    </form>
  );
}
