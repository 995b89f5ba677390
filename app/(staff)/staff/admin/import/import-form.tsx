'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormFrame } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { ConfirmDialog } from '@/app/_components/ui/confirm-dialog';
import { DataTable } from '@/app/_components/ui/data-table';
import { TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { useActionForm } from '@/app/_components/ui/use-action-form';
import type { ImportOutcome } from '@/lib/import/import-csv';
import { importCsvAction } from './actions';
import styles from './import.module.css';

/**
 * Choose a file -> preview (figures and every problem with row and column) -> import the same file
 * after a confirmation. Choosing another file returns to the preview step.
 */
export function ImportForm() {
  const t = useTranslations('adminImport');
  const form = useActionForm<ImportOutcome>(importCsvAction);
  const apply = useActionForm<ImportOutcome>(importCsvAction, { confirm: true });
  // Answers the user has moved on from: choosing another file dismisses both, a new preview the import's.
  const [dismissed, setDismissed] = useState<{ form: unknown; apply: unknown }>({ form: null, apply: null });
  const outcome = form.state !== dismissed.form ? form.data : null;
  const applied = apply.state !== dismissed.apply ? apply.data : null;
  const ready = outcome !== null && !outcome.applied && outcome.errorCount === 0 && applied === null;
  const step = ready ? apply : form;
  const shown = applied ?? outcome;

  return (
    <>
      <FormFrame
        form={step}
        onSubmitCapture={() => {
          if (!ready) setDismissed((d) => ({ ...d, apply: apply.state }));
        }}
      >
        <TextField
          name="file"
          type="file"
          accept=".csv,text/csv"
          label={t('file')}
          hint={t('fileHint')}
          onChange={() => setDismissed({ form: form.state, apply: apply.state })}
        />
        {ready ? <input type="hidden" name="previewed" value={outcome.sha256} /> : null}
        <div>
          {ready ? (
            <SubmitButton name="intent" value="apply">
              {t('import')}
            </SubmitButton>
          ) : (
            <SubmitButton name="intent" value="preview" variant="secondary">
              {t('preview')}
            </SubmitButton>
          )}
        </div>
      </FormFrame>
      <ConfirmDialog title={t('confirmTitle')} description={t('confirmText')} confirmLabel={t('import')} {...apply.confirmation} />
      {shown ? <Outcome outcome={shown} t={t} /> : null}
    </>
  );
}

function Outcome({ outcome, t }: { outcome: ImportOutcome; t: ReturnType<typeof useTranslations<'adminImport'>> }) {
  const s = outcome.summary;
  if (outcome.applied) {
    return (
      <Callout tone="success" role="status">
        {t('done', { orgs: s.createOrgs, contracts: s.createContracts })}
      </Callout>
    );
  }
  const nothing = Object.values(s).every((n) => n === 0);
  return (
    <section aria-labelledby="preview-title" className={styles.outcome}>
      <h2 id="preview-title">{t('summary.title')}</h2>
      <p>{t('summary.rows', { count: outcome.rows })}</p>
      <ul data-testid="import-summary">
        <li>{t('summary.createOrgs', { n: s.createOrgs })}</li>
        <li>{t('summary.updateOrgs', { n: s.updateOrgs })}</li>
        <li>{t('summary.addPhones', { n: s.addPhones })}</li>
        <li>{t('summary.addContacts', { n: s.addContacts })}</li>
        <li>{t('summary.createContracts', { n: s.createContracts })}</li>
        <li>{t('summary.updateContracts', { n: s.updateContracts })}</li>
      </ul>
      {outcome.errorCount > 0 ? (
        <>
          <Callout tone="danger" role="alert">
            {t('errors.title', { count: outcome.errorCount })}
          </Callout>
          <DataTable
            caption={t('errors.caption')}
            rowHeader={false}
            columns={[
              { key: 'row', label: t('errors.row'), align: 'end' },
              { key: 'column', label: t('errors.column') },
              { key: 'problem', label: t('errors.problem') },
              { key: 'value', label: t('errors.value') },
            ]}
            rows={outcome.errors.map((e, i) => ({
              key: `${e.row}-${e.column}-${i}`,
              cells: { row: e.row, column: e.column, problem: t(e.message.replace('adminImport.', '') as Parameters<typeof t>[0]), value: e.value ?? '' },
            }))}
          />
          {outcome.errorCount > outcome.errors.length ? <p>{t('errors.more', { shown: outcome.errors.length })}</p> : null}
        </>
      ) : (
        <Callout tone={nothing ? 'info' : 'success'} role="status">
          {nothing ? t('summary.nothing') : t('summary.ready')}
        </Callout>
      )}
    </section>
  );
}
