'use client';

import { useActionState } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/action-result';
import type { SubprocessorFormValues } from '@/lib/register/subprocessor-input';
import { createSubprocessorAction, updateSubprocessorAction } from './actions';
import { CheckboxGroup, formObject, SelectField, TextField } from './form-controls';

type Option = { value: string; label: string };

export function SubprocessorForm({
  subprocessorId,
  values,
  labels,
  services,
  safeguards,
  statuses,
}: {
  subprocessorId?: string;
  values: SubprocessorFormValues;
  labels: Record<string, string>;
  services: Option[];
  safeguards: Option[];
  statuses: Option[];
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<{ id: string }> | null, FormData>(async (_prev, form) => {
    const input = formObject(form, ['serviceIds']);
    const result = subprocessorId
      ? await updateSubprocessorAction({ ...input, subprocessorId })
      : await createSubprocessorAction(input);
    if (result.ok && !subprocessorId) router.push(`/staff/register/${result.data.id}?created=1`);
    if (result.ok && subprocessorId) router.refresh();
    return result;
  }, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const l = (key: string) => labels[key] ?? key;

  return (
    <form action={formAction} className="form register-form" noValidate>
      {state && !state.ok ? (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state?.ok && subprocessorId ? (
        <p className="notice notice-success" role="status">
          {l('register.form.saved')}
        </p>
      ) : null}
      <div className="form-grid">
        <TextField name="legalName" label={l('register.form.legalName')} defaultValue={values.legalName} maxLength={200} errors={errors.legalName} required />
        <TextField name="country" label={l('register.form.country')} hint={l('register.form.countryHint')} defaultValue={values.country} maxLength={2} errors={errors.country} required />
      </div>
      <TextField name="address" label={l('register.form.address')} defaultValue={values.address} maxLength={500} errors={errors.address} required />
      <div className="form-grid">
        <TextField name="purposeDe" label={l('register.form.purposeDe')} defaultValue={values.purposeDe} rows={3} lang="de" errors={errors.purposeDe} required />
        <TextField name="purposeEn" label={l('register.form.purposeEn')} defaultValue={values.purposeEn} rows={3} lang="en" errors={errors.purposeEn} required />
        <TextField name="dataCategoriesDe" label={l('register.form.dataCategoriesDe')} hint={l('register.form.dataCategories.hint')} defaultValue={values.dataCategoriesDe} rows={4} lang="de" errors={errors.dataCategoriesDe} />
        <TextField name="dataCategoriesEn" label={l('register.form.dataCategoriesEn')} hint={l('register.form.dataCategories.hint')} defaultValue={values.dataCategoriesEn} rows={4} lang="en" errors={errors.dataCategoriesEn} />
      </div>
      <div className="form-grid">
        <SelectField name="safeguard" label={l('register.form.safeguard')} defaultValue={values.safeguard} options={safeguards} errors={errors.safeguard} />
        <TextField name="website" label={l('register.form.website')} hint={l('register.form.websiteHint')} defaultValue={values.website} type="url" maxLength={300} errors={errors.website} />
      </div>
      <TextField name="safeguardNote" label={l('register.form.safeguardNote')} hint={l('register.form.safeguardNoteHint')} defaultValue={values.safeguardNote} rows={2} errors={errors.safeguardNote} />
      <div className="form-grid form-grid-3">
        <SelectField name="status" label={l('register.form.status')} defaultValue={values.status} options={statuses} errors={errors.status} />
        <TextField name="activeFrom" type="date" label={l('register.form.activeFrom')} defaultValue={values.activeFrom} errors={errors.activeFrom} />
        <TextField name="activeUntil" type="date" label={l('register.form.activeUntil')} defaultValue={values.activeUntil} errors={errors.activeUntil} />
      </div>
      <CheckboxGroup name="serviceIds" label={l('register.form.services')} options={services} checked={values.serviceIds} errors={errors.serviceIds} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? l('register.form.saving') : l('register.form.save')}
      </button>
    </form>
  );
}
