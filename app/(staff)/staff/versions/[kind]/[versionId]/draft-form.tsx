'use client';

import { Fragment } from 'react';
import type { VersionKind } from '@/lib/versions/version-input';
import { updateDraftAction } from '../../actions';
import { FormField } from '../../form-field';
import { useRefreshingAction } from '../../use-refreshing-action';

export type EditorField = { name: string; label: string; hint?: string; rows?: number; lang: string };
export type EditorGroup = { legend?: string; fields: EditorField[] };
type Labels = { save: string; saving: string; saved: string };

/**
 * The draft editor of either kind, driven by the kind's fields (lib/versions/kinds): German beside
 * English, a fieldset per group that has a legend (the TOMs' Art. 32 headings). Saving refreshes
 * the page, and with it the preview.
 */
export function DraftForm(props: { kind: VersionKind; id: string; groups: EditorGroup[]; values: Record<string, string>; labels: Labels }) {
  const { kind, id, groups, values, labels } = props;
  const { state, pending, submit } = useRefreshingAction(updateDraftAction);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const fields = (group: EditorGroup) => (
    <div className="versions-columns">
      {group.fields.map((field) => (
        <FormField key={field.name} {...field} defaultValue={values[field.name] ?? ''} errors={errors[field.name]} />
      ))}
    </div>
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
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      {groups.map((group, i) =>
        group.legend ? (
          <fieldset key={i} className="toms-fieldset">
            <legend>{group.legend}</legend>
            {fields(group)}
          </fieldset>
        ) : (
          <Fragment key={i}>{fields(group)}</Fragment>
        ),
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? labels.saving : labels.save}
        </button>
      </div>
    </form>
  );
}
