'use client';

import { useActionState } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/action-result';
import type { ChangeNoticeFormValues } from '@/lib/change-notices/change-notice-input';
import { CheckboxGroup, Checkbox, formObject, SelectField, TextField } from '../register/form-controls';
import { createChangeNoticeAction, updateChangeNoticeAction } from './actions';

type Option = { value: string; label: string };

export function ChangeNoticeForm({
  changeNoticeId,
  values,
  labels,
  kinds,
  subprocessors,
  services,
}: {
  changeNoticeId?: string;
  values: ChangeNoticeFormValues;
  labels: Record<string, string>;
  kinds: Option[];
  subprocessors: Option[];
  services: Option[];
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<{ id: string }> | null, FormData>(async (_prev, form) => {
    const input = formObject(form, ['serviceIds']);
    const result = changeNoticeId
      ? await updateChangeNoticeAction({ ...input, changeNoticeId })
      : await createChangeNoticeAction(input);
    if (result.ok && !changeNoticeId) router.push(`/staff/change-notices/${result.data.id}`);
    if (result.ok && changeNoticeId) router.refresh();
    return result;
  }, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const l = (key: string) => labels[key] ?? key;

  return (
    <form action={formAction} className="form change-notice-form" noValidate>
      {state && !state.ok ? (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state?.ok && changeNoticeId ? (
        <p className="notice notice-success" role="status">
          {l('changeNotice.form.saved')}
        </p>
      ) : null}
      <SelectField name="kind" label={l('changeNotice.form.kind')} defaultValue={values.kind} options={kinds} errors={errors.kind} />
      <div className="form-grid">
        <SelectField
          name="subprocessorId"
          label={l('changeNotice.form.subprocessor')}
          hint={l('changeNotice.form.subprocessorHint')}
          defaultValue={values.subprocessorId}
          placeholder={l('changeNotice.form.choose')}
          options={subprocessors}
          errors={errors.subprocessorId}
        />
        <SelectField
          name="replacesSubprocessorId"
          label={l('changeNotice.form.replaces')}
          defaultValue={values.replacesSubprocessorId}
          placeholder={l('changeNotice.form.choose')}
          options={subprocessors}
          errors={errors.replacesSubprocessorId}
        />
        <TextField name="titleDe" label={l('changeNotice.form.titleDe')} defaultValue={values.titleDe} lang="de" maxLength={200} errors={errors.titleDe} required />
        <TextField name="titleEn" label={l('changeNotice.form.titleEn')} defaultValue={values.titleEn} lang="en" maxLength={200} errors={errors.titleEn} required />
        <TextField name="descriptionDe" label={l('changeNotice.form.descriptionDe')} defaultValue={values.descriptionDe} lang="de" rows={5} errors={errors.descriptionDe} required />
        <TextField name="descriptionEn" label={l('changeNotice.form.descriptionEn')} defaultValue={values.descriptionEn} lang="en" rows={5} errors={errors.descriptionEn} required />
      </div>
      <CheckboxGroup name="serviceIds" label={l('changeNotice.form.services')} options={services} checked={values.serviceIds} errors={errors.serviceIds} />
      <TextField
        name="effectiveDate"
        type="date"
        label={l('changeNotice.form.effectiveDate')}
        hint={l('changeNotice.form.effectiveDateHint')}
        defaultValue={values.effectiveDate}
        errors={errors.effectiveDate}
        required
      />
      <Checkbox name="isEmergency" label={l('changeNotice.form.isEmergency')} defaultChecked={values.isEmergency} errors={errors.isEmergency} />
      <TextField name="emergencyReason" label={l('changeNotice.form.emergencyReason')} defaultValue={values.emergencyReason} rows={2} maxLength={2000} errors={errors.emergencyReason} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? l('changeNotice.form.saving') : l('changeNotice.form.save')}
      </button>
    </form>
  );
}
