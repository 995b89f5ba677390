'use client';

import { Fragment, useId } from 'react';
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

/**
 * One field of the kind's editor (lib/versions: the kind's descriptor), labelled in the reader's
 * language; `lang` null for a language-neutral value.
 */
export type EditorField = { name: string; label: string; hint?: string; rows?: number; lang: string | null; input?: 'number' };
export type EditorGroup = { legend?: string; hint?: string; fields: EditorField[] };

/**
 * The draft editor of either kind, driven by the kind's fields: German beside English, language-
 * neutral fields (the DPA's § 11 deadlines) one under the other, a fieldset per group that has a
 * legend (the TOMs' Art. 32 headings). Saving refreshes the page, and with it the preview. Saving
 * is secondary: publishing is the page's main step.
 */
export function DraftForm({ kind, id, groups, values }: { kind: VersionKind; id: string; groups: EditorGroup[]; values: Record<string, string> }) {
  const t = useTranslations('versions');
  const router = useRouter();
  const hintId = `${useId()}-group-hint`;
  const save = async (prev: ActionResult<unknown> | null, formData: FormData) => {
    const result = await updateDraftAction(prev, formData);
    if (result.ok) router.refresh();
    return result;
  };
  const form = useActionForm(save);
  const field = ({ name, label, hint, rows, lang, input }: EditorField) => {
    const defaultValue = values[name] ?? '';
    if (input === 'number') {
      return <TextField key={name} name={name} label={label} hint={hint} type="number" inputMode="numeric" min={0} step={1} defaultValue={defaultValue} />;
    }
    return rows ? (
      <TextAreaField key={name} name={name} label={label} hint={hint} rows={rows} lang={lang ?? undefined} defaultValue={defaultValue} spellCheck />
    ) : (
      <TextField key={name} name={name} label={label} hint={hint} lang={lang ?? undefined} defaultValue={defaultValue} />
    );
  };
  const fields = (group: EditorGroup) => (
    <div className={group.fields.every((f) => f.lang === null) ? styles.stacked : styles.columns}>{group.fields.map(field)}</div>
  );
  const groupHint = (group: EditorGroup, i: number) =>
    group.hint ? (
      <p id={`${hintId}-${i}`} className={styles.groupHint}>
        {group.hint}
      </p>
    ) : null;

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
          <fieldset key={i} className={styles.group} aria-describedby={group.hint ? `${hintId}-${i}` : undefined}>
            <legend>{group.legend}</legend>
            {groupHint(group, i)}
            {fields(group)}
          </fieldset>
        ) : (
          <Fragment key={i}>
            {groupHint(group, i)}
            {fields(group)}
          </Fragment>
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
