'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormFrame } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { SelectField, TextAreaField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { useActionForm } from '@/app/_components/ui/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import type { Safeguard, SubprocessorStatus } from '@/lib/register/register-filters';
import type { SubprocessorFormValues } from '@/lib/register/subprocessor-input';
import { CheckboxGroup } from '../parts/checkbox-group';
import { formObject } from '../parts/form-object';
import { createSubprocessorAction, updateSubprocessorAction } from './actions';
import styles from './register.module.css';

type Option = { value: string; label: string };

export function SubprocessorForm({
  subprocessorId,
  values,
  services,
  safeguards,
  statuses,
}: {
  subprocessorId?: string;
  values: SubprocessorFormValues;
  services: Option[];
  safeguards: readonly Safeguard[];
  statuses: readonly SubprocessorStatus[];
}) {
  const t = useTranslations('register');
  const router = useRouter();
  const form = useActionForm<{ id: string }>(async (_prev: ActionResult<{ id: string }> | null, formData: FormData) => {
    const input = formObject(formData, ['serviceIds']);
    const result = subprocessorId
      ? await updateSubprocessorAction({ ...input, subprocessorId })
      : await createSubprocessorAction(input);
    if (result.ok && !subprocessorId) router.push(`/staff/register/${result.data.id}?created=1`);
    if (result.ok && subprocessorId) router.refresh();
    return result;
  });

  return (
    <FormFrame form={form} className={styles.form}>
      {form.data && subprocessorId ? (
        <Callout tone="success" role="status">
          {t('form.saved')}
        </Callout>
      ) : null}
      <div className={styles.pair}>
        <TextField name="legalName" label={t('form.legalName')} defaultValue={values.legalName} maxLength={200} required />
        <TextField name="country" label={t('form.country')} hint={t('form.countryHint')} defaultValue={values.country} maxLength={2} required />
      </div>
      <TextField name="address" label={t('form.address')} defaultValue={values.address} maxLength={500} required />
      <div className={styles.pair}>
        <TextAreaField name="purposeDe" label={t('form.purposeDe')} defaultValue={values.purposeDe} rows={3} lang="de" required />
        <TextAreaField name="purposeEn" label={t('form.purposeEn')} defaultValue={values.purposeEn} rows={3} lang="en" required />
      </div>
      <div className={styles.pair}>
        <TextAreaField name="dataCategoriesDe" label={t('form.dataCategoriesDe')} hint={t('form.dataCategories.hint')} defaultValue={values.dataCategoriesDe} rows={4} lang="de" />
        <TextAreaField name="dataCategoriesEn" label={t('form.dataCategoriesEn')} hint={t('form.dataCategories.hint')} defaultValue={values.dataCategoriesEn} rows={4} lang="en" />
      </div>
      <div className={styles.pair}>
        <SelectField
          name="safeguard"
          label={t('form.safeguard')}
          defaultValue={values.safeguard}
          options={safeguards.map((s) => ({ value: s, label: t(`safeguard.${s}`) }))}
        />
        <TextField name="website" label={t('form.website')} hint={t('form.websiteHint')} defaultValue={values.website} type="url" maxLength={300} />
      </div>
      <TextAreaField name="safeguardNote" label={t('form.safeguardNote')} hint={t('form.safeguardNoteHint')} defaultValue={values.safeguardNote} rows={2} />
      <div className={styles.three}>
        <SelectField
          name="status"
          label={t('form.status')}
          defaultValue={values.status}
          options={statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <TextField name="activeFrom" type="date" label={t('form.activeFrom')} defaultValue={values.activeFrom} />
        <TextField name="activeUntil" type="date" label={t('form.activeUntil')} defaultValue={values.activeUntil} />
      </div>
      <CheckboxGroup name="serviceIds" label={t('form.services')} options={services} checked={values.serviceIds} />
      <div>
        <SubmitButton pendingLabel={t('form.saving')}>{t('form.save')}</SubmitButton>
      </div>
    </FormFrame>
  );
}
