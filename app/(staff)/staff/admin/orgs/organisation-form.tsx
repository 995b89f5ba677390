'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { FormFrame } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { CheckboxField, SelectField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { useActionForm } from '@/app/_components/ui/use-action-form';
import { createOrganisationAction, updateOrganisationAction } from './actions';
import styles from './orgs.module.css';

export type OrganisationValues = {
  customerNumber: string;
  legalName: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  locale: 'de' | 'en';
  professionalSecrecy: boolean;
  phones: { label: string | null; display: string }[];
  contacts: { name: string | null; email: string }[];
};

/** Rows shown beyond the ones in use, so an admin can add a number or a contact. */
const SPARE_ROWS = 2;

/** The create and edit form: one server action each; after creating, the edit page opens. */
export function OrganisationForm({ orgId, values }: { orgId?: string; values: OrganisationValues }) {
  const t = useTranslations('adminOrgs.form');
  const router = useRouter();
  const form = useActionForm<{ id: string }>(orgId ? updateOrganisationAction : createOrganisationAction);
  const createdId = !orgId && form.data ? form.data.id : null;
  useEffect(() => {
    if (createdId) router.push(`/staff/admin/orgs/${createdId}?created=1`);
  }, [createdId, router]);
  const phoneRows = [...values.phones, ...Array.from({ length: SPARE_ROWS }, () => ({ label: null, display: '' }))];
  const contactRows = [...values.contacts, ...Array.from({ length: SPARE_ROWS }, () => ({ name: null, email: '' }))];

  return (
    <FormFrame form={form}>
      {orgId ? <input type="hidden" name="orgId" value={orgId} /> : null}
      {orgId && form.data ? (
        <Callout tone="success" role="status">
          {t('saved')}
        </Callout>
      ) : null}
      <div className={styles.grid}>
        <TextField name="customerNumber" label={t('customerNumber')} defaultValue={values.customerNumber} maxLength={40} required autoComplete="off" />
        <TextField name="legalName" label={t('legalName')} defaultValue={values.legalName} maxLength={200} required autoComplete="off" />
        <TextField name="street" label={t('street')} defaultValue={values.street} maxLength={200} required />
        <TextField name="postalCode" label={t('postalCode')} defaultValue={values.postalCode} maxLength={20} required />
        <TextField name="city" label={t('city')} defaultValue={values.city} maxLength={100} required />
        <TextField name="country" label={t('country')} hint={t('countryHint')} defaultValue={values.country} maxLength={2} required />
        <SelectField
          name="locale"
          label={t('locale')}
          defaultValue={values.locale}
          options={[
            { value: 'de', label: t('localeDe') },
            { value: 'en', label: t('localeEn') },
          ]}
        />
      </div>
      <CheckboxField name="professionalSecrecy" label={t('professionalSecrecy')} hint={t('professionalSecrecyHint')} defaultChecked={values.professionalSecrecy} />
      <fieldset className={styles.rows}>
        <legend>{t('phones')}</legend>
        <p className={styles.hint}>{t('phoneHint')}</p>
        {phoneRows.map((row, i) => (
          <div key={`phone-${i}`} className={styles.grid}>
            <TextField name={`phones.${i}.label`} label={t('phoneLabel', { n: i + 1 })} defaultValue={row.label ?? ''} maxLength={60} />
            <TextField name={`phones.${i}.number`} label={t('phoneNumber', { n: i + 1 })} defaultValue={row.display} type="tel" maxLength={40} />
          </div>
        ))}
      </fieldset>
      <fieldset className={styles.rows}>
        <legend>{t('contacts')}</legend>
        {contactRows.map((row, i) => (
          <div key={`contact-${i}`} className={styles.grid}>
            <TextField name={`contacts.${i}.name`} label={t('contactName', { n: i + 1 })} defaultValue={row.name ?? ''} maxLength={200} />
            <TextField name={`contacts.${i}.email`} label={t('contactEmail', { n: i + 1 })} defaultValue={row.email} type="email" maxLength={254} />
          </div>
        ))}
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t('saving')}>{orgId ? t('save') : t('create')}</SubmitButton>
      </div>
    </FormFrame>
  );
}
