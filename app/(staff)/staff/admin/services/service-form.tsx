'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { FormFrame } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { CheckboxField, TextAreaField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { useActionForm } from '@/app/_components/ui/use-action-form';
import { createServiceAction, updateServiceAction } from './actions';
import styles from './services.module.css';

export type ServiceFormValues = {
  nameDe: string;
  nameEn: string;
  category: string;
  processesPersonalData: boolean;
  descriptionDe: string;
  descriptionEn: string;
  purposeDe: string;
  purposeEn: string;
  dataCategoriesDe: string;
  dataCategoriesEn: string;
  dataSubjectsDe: string;
  dataSubjectsEn: string;
  specialCategoriesDe: string;
  specialCategoriesEn: string;
  natureDe: string;
  natureEn: string;
  durationDe: string;
  durationEn: string;
  retentionDe: string;
  retentionEn: string;
};

export function ServiceForm({ serviceId, values }: { serviceId?: string; values: ServiceFormValues }) {
  const t = useTranslations('adminServices.form');
  const router = useRouter();
  const form = useActionForm<{ id: string }>(serviceId ? updateServiceAction : createServiceAction);
  const createdId = !serviceId && form.data ? form.data.id : null;
  useEffect(() => {
    if (createdId) router.push(`/staff/admin/services/${createdId}`);
  }, [createdId, router]);

  return (
    <FormFrame form={form}>
      {serviceId ? <input type="hidden" name="serviceId" value={serviceId} /> : null}
      {serviceId && form.data ? (
        <Callout tone="success" role="status">
          {t('saved')}
        </Callout>
      ) : null}
      {serviceId ? null : <TextField name="code" label={t('code')} hint={t('codeHint')} maxLength={40} required autoComplete="off" />}
      <div className={styles.grid}>
        <TextField name="nameDe" label={t('nameDe')} defaultValue={values.nameDe} maxLength={120} required lang="de" />
        <TextField name="nameEn" label={t('nameEn')} defaultValue={values.nameEn} maxLength={120} required lang="en" />
        <TextField name="category" label={t('category')} defaultValue={values.category} maxLength={60} required />
      </div>
      <CheckboxField name="processesPersonalData" label={t('processesPersonalData')} defaultChecked={values.processesPersonalData} />
      <div className={styles.grid}>
        <TextAreaField name="descriptionDe" label={t('descriptionDe')} defaultValue={values.descriptionDe} rows={3} lang="de" />
        <TextAreaField name="descriptionEn" label={t('descriptionEn')} defaultValue={values.descriptionEn} rows={3} lang="en" />
        <TextAreaField name="purposeDe" label={t('purposeDe')} defaultValue={values.purposeDe} rows={3} lang="de" />
        <TextAreaField name="purposeEn" label={t('purposeEn')} defaultValue={values.purposeEn} rows={3} lang="en" />
        <TextAreaField name="dataCategoriesDe" label={t('dataCategoriesDe')} hint={t('linesHint')} defaultValue={values.dataCategoriesDe} rows={4} lang="de" />
        <TextAreaField name="dataCategoriesEn" label={t('dataCategoriesEn')} hint={t('linesHint')} defaultValue={values.dataCategoriesEn} rows={4} lang="en" />
        <TextAreaField name="dataSubjectsDe" label={t('dataSubjectsDe')} hint={t('linesHint')} defaultValue={values.dataSubjectsDe} rows={4} lang="de" />
        <TextAreaField name="dataSubjectsEn" label={t('dataSubjectsEn')} hint={t('linesHint')} defaultValue={values.dataSubjectsEn} rows={4} lang="en" />
        <TextAreaField name="specialCategoriesDe" label={t('specialCategoriesDe')} hint={t('specialCategoriesHint')} defaultValue={values.specialCategoriesDe} rows={3} lang="de" />
        <TextAreaField name="specialCategoriesEn" label={t('specialCategoriesEn')} hint={t('linesHint')} defaultValue={values.specialCategoriesEn} rows={3} lang="en" />
        <TextAreaField name="natureDe" label={t('natureDe')} hint={t('natureHint')} defaultValue={values.natureDe} rows={3} lang="de" />
        <TextAreaField name="natureEn" label={t('natureEn')} defaultValue={values.natureEn} rows={3} lang="en" />
        <TextAreaField name="durationDe" label={t('durationDe')} hint={t('standardHint')} defaultValue={values.durationDe} rows={2} lang="de" />
        <TextAreaField name="durationEn" label={t('durationEn')} defaultValue={values.durationEn} rows={2} lang="en" />
        <TextAreaField name="retentionDe" label={t('retentionDe')} hint={t('standardHint')} defaultValue={values.retentionDe} rows={3} lang="de" />
        <TextAreaField name="retentionEn" label={t('retentionEn')} defaultValue={values.retentionEn} rows={3} lang="en" />
      </div>
      <div>
        <SubmitButton>{serviceId ? t('save') : t('create')}</SubmitButton>
      </div>
    </FormFrame>
  );
}
