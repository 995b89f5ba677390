'use client';

import { Fragment } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormFrame } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { TextAreaField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { useActionForm } from '@/app/_components/ui/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import type { VersionKind } from '@/lib/versions/version-input';
import { updateDraftAction } from '../../actions';
import styles from '../../versions.module.css';

/** One field of the kind's editor (lib/versions: the kind's descriptor), labelled in the reader's language. */
export type EditorField = { name: string; label: string; hint?: string; rows?: number; lang: string };
export type EditorGroup = { legend?: string; fields: EditorField[] };

/**
 * The draft editor of either kind, driven by the kind's fields: German beside English, a fieldset
 * per group that has a legend (the TOMs' Art. 32 headings). Saving refreshes the page, and with it
 * the preview. Saving is secondary: publishing is the page's main step.
 */
export function DraftForm({ kind, id, groups, values }: { kind: VersionKind; id: string; groups: EditorGroup[]; values: Record<string, string> }) {
  const t = useTranslations('versions');
  const router = useRouter();
  const save = async (prev: ActionResult<unknown> | null, formData: FormData) => {
    const result = await updateDraftAction(prev, formData);
    if (result.ok) router.refresh();
    return result;
  };
  const form = useActionForm(save);
  const fields = (group: EditorGroup) => (
    <div className={styles.columns}>
      {group.fields.map(({ name, label, hint, rows, lang }) =>
        rows ? (
          <TextAreaField key={name} name={name} label={label} hint={hint} rows={rows} lang={lang} defaultValue={values[name] ?? ''} spellCheck />
        ) : (
          <TextField key={name} name={name} label={label} hint={hint} lang={lang} defaultValue={values[name] ?? ''} />
        ),
      )}
    </div>
  );

  return (
    <FormFrame form={form}>
      {form.data !== null ? (
        <Callout tone="success" role="status">
          {t('saved')}
        </Callout>
      ) : null}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      {groups.map((group, i) =>
        group.legend ? (
          <fieldset key={i} className={styles.group}>
            <legend>{group.legend}</legend>
            {fields(group)}
          </fieldset>
        ) : (
          <Fragment key={i}>{fields(group)}</Fragment>
        ),
      )}
      <div>
        <SubmitButton variant="secondary" pendingLabel={t('saving')}>
          {t('save')}
        </SubmitButton>
      </div>
    </FormFrame>
  );
}
