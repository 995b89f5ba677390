'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { kitExampleAction } from './actions';

const kitSchema = () => import('./schema').then((m) => m.kitExampleSchema);

/** ActionForm with every field kind, the browser check and the confirmation before sending. */
export function KitForm() {
  const t = useTranslations('kit.form');
  return (
    <ActionForm
      action={kitExampleAction}
      schema={kitSchema}
      confirm={{ title: t('confirmTitle'), description: t('confirmText'), confirmLabel: t('confirmButton') }}
      success={(data) => (
        <Callout tone="success" role="status" title={t('doneTitle')}>
          {t('done', { name: data.name })}
        </Callout>
      )}
    >
      <TextField name="name" label={t('name')} hint={t('nameHint')} autoComplete="organization" maxLength={60} />
      <SelectField
        name="purpose"
        label={t('purpose')}
        defaultValue=""
        options={[
          { value: '', label: t('choose') },
          { value: 'hosting', label: t('purposes.hosting') },
          { value: 'mail', label: t('purposes.mail') },
          { value: 'support', label: t('purposes.support') },
        ]}
      />
      <TextAreaField name="note" label={t('note')} hint={t('noteHint')} rows={3} />
      <CheckboxField name="confirmed" label={t('confirm')} />
      <div>
        <SubmitButton>{t('submit')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
