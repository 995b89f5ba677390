'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormFrame } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { useActionForm } from '@/app/_components/ui/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { CheckboxGroup } from '../parts/checkbox-group';
import { formObject } from '../parts/form-object';
import { createChangeNoticeAction, updateChangeNoticeAction } from './actions';
import styles from './change-notices.module.css';
import type { ChangeNoticeFormData } from './form-options';

/**
 * Drafting a change notice: new (then on to its page) or editing a draft (then the page refreshes
 * its preview). The German/English pairs sit side by side on wide screens, one pair per row.
 * Saving a draft is never the page's main action: announcing is; here it is secondary when editing.
 */
export function ChangeNoticeForm({ changeNoticeId, data }: { changeNoticeId?: string; data: ChangeNoticeFormData }) {
  const t = useTranslations('changeNotice');
  const router = useRouter();
  const { values } = data;
  const form = useActionForm<{ id: string }>(async (_prev: ActionResult<{ id: string }> | null, formData: FormData) => {
    const input = formObject(formData, ['serviceIds']);
    const result = changeNoticeId
      ? await updateChangeNoticeAction({ ...input, changeNoticeId })
      : await createChangeNoticeAction(input);
    if (result.ok && !changeNoticeId) router.push(`/staff/change-notices/${result.data.id}`);
    if (result.ok && changeNoticeId) router.refresh();
    return result;
  });
  const choose = { value: '', label: t('form.choose') };

  return (
    <FormFrame form={form} className={styles.form}>
      {form.data && changeNoticeId ? (
        <Callout tone="success" role="status">
          {t('form.saved')}
        </Callout>
      ) : null}
      <SelectField
        name="kind"
        label={t('form.kind')}
        defaultValue={values.kind}
        options={data.kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        className={styles.narrowField}
      />
      <div className={styles.pair}>
        <SelectField
          name="subprocessorId"
          label={t('form.subprocessor')}
          hint={t('form.subprocessorHint')}
          defaultValue={values.subprocessorId}
          options={[choose, ...data.subprocessors]}
        />
        <SelectField
          name="replacesSubprocessorId"
          label={t('form.replaces')}
          defaultValue={values.replacesSubprocessorId}
          options={[choose, ...data.subprocessors]}
        />
      </div>
      <div className={styles.pair} data-pair="title">
        <TextField name="titleDe" label={t('form.titleDe')} defaultValue={values.titleDe} lang="de" maxLength={200} required />
        <TextField name="titleEn" label={t('form.titleEn')} defaultValue={values.titleEn} lang="en" maxLength={200} required />
      </div>
      <div className={styles.pair} data-pair="description">
        <TextAreaField name="descriptionDe" label={t('form.descriptionDe')} defaultValue={values.descriptionDe} lang="de" rows={5} required />
        <TextAreaField name="descriptionEn" label={t('form.descriptionEn')} defaultValue={values.descriptionEn} lang="en" rows={5} required />
      </div>
      <CheckboxGroup name="serviceIds" label={t('form.services')} options={data.services} checked={values.serviceIds} />
      <TextField
        name="effectiveDate"
        type="date"
        label={t('form.effectiveDate')}
        hint={t('form.effectiveDateHint', data.effectiveHint)}
        defaultValue={values.effectiveDate}
        className={styles.narrowField}
        required
      />
      <CheckboxField name="isEmergency" label={t('form.isEmergency')} defaultChecked={values.isEmergency} />
      <TextAreaField name="emergencyReason" label={t('form.emergencyReason')} defaultValue={values.emergencyReason ?? ''} rows={2} maxLength={2000} />
      <div>
        <SubmitButton variant={changeNoticeId ? 'secondary' : 'primary'} pendingLabel={t('form.saving')}>
          {t('form.save')}
        </SubmitButton>
      </div>
    </FormFrame>
  );
}
