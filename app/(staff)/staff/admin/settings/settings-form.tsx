'use client';

import { useTranslations } from 'next-intl';
import { FormFrame } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { TextAreaField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { useActionForm } from '@/app/_components/ui/use-action-form';
import { updateSettingsAction } from './actions';
import styles from './settings.module.css';

export type SettingsValues = {
  providerName: string;
  providerAddress: string;
  managingDirector: string;
  dpoName: string;
  dpoEmail: string;
  supportEmail: string;
  supportPhone: string;
  noticePeriodDays: number;
  timeZone: string;
};

export function SettingsForm({ values }: { values: SettingsValues }) {
  const t = useTranslations('adminSettings');
  const form = useActionForm<{ changed: boolean }>(updateSettingsAction);
  return (
    <FormFrame form={form}>
      {form.data ? (
        <Callout tone="success" role="status">
          {t('form.saved')}
        </Callout>
      ) : null}
      <fieldset className={styles.group}>
        <legend>{t('company')}</legend>
        <TextField name="providerName" label={t('form.providerName')} defaultValue={values.providerName} maxLength={200} required />
        <TextAreaField name="providerAddress" label={t('form.providerAddress')} defaultValue={values.providerAddress} rows={3} />
        <TextField name="managingDirector" label={t('form.managingDirector')} defaultValue={values.managingDirector} maxLength={200} required />
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{t('dpo')}</legend>
        <TextField name="dpoName" label={t('form.dpoName')} defaultValue={values.dpoName} maxLength={200} required />
        <TextField name="dpoEmail" type="email" label={t('form.dpoEmail')} defaultValue={values.dpoEmail} maxLength={254} required />
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{t('support')}</legend>
        <TextField name="supportEmail" type="email" label={t('form.supportEmail')} defaultValue={values.supportEmail} maxLength={254} required />
        <TextField name="supportPhone" type="tel" label={t('form.supportPhone')} defaultValue={values.supportPhone} maxLength={40} required />
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{t('policy')}</legend>
        <TextField
          name="noticePeriodDays"
          type="number"
          min={1}
          max={365}
          label={t('form.noticePeriodDays')}
          hint={t('form.noticePeriodHint')}
          defaultValue={values.noticePeriodDays}
          required
        />
        <TextField name="timeZone" label={t('form.timeZone')} hint={t('form.timeZoneHint')} defaultValue={values.timeZone} maxLength={60} required />
      </fieldset>
      <div>
        <SubmitButton>{t('form.save')}</SubmitButton>
      </div>
    </FormFrame>
  );
}
