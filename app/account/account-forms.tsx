'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ActionForm, FormFrame } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { SelectField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { useActionForm } from '@/app/_components/ui/use-action-form';
import { deleteAccountAction, endOtherSessionsAction, updateProfileAction } from './actions';
import styles from './account.module.css';

export function ProfileForm({ name, locale }: { name: string; locale: 'de' | 'en' }) {
  const t = useTranslations('account.profile');
  // The form stays after saving (a name can be corrected again); the confirmation shows above it.
  const form = useActionForm(updateProfileAction);
  return (
    <FormFrame form={form} className={styles.profileForm}>
      {form.data ? (
        <Callout tone="success" role="status">
          {t('saved')}
        </Callout>
      ) : null}
      <TextField name="name" label={t('name')} defaultValue={name} autoComplete="name" required maxLength={200} />
      <SelectField
        name="locale"
        label={t('locale')}
        defaultValue={locale}
        options={[
          { value: 'de', label: t('german') },
          { value: 'en', label: t('english') },
        ]}
      />
      <div>
        <SubmitButton>{t('save')}</SubmitButton>
      </div>
    </FormFrame>
  );
}

export function EndOtherSessionsForm() {
  const t = useTranslations('account.sessions');
  return (
    <ActionForm
      action={endOtherSessionsAction}
      confirm={{ title: t('endOthersTitle'), description: t('endOthersText'), confirmLabel: t('endOthers'), tone: 'primary' }}
      success={(data: { ended: number }) => (
        <Callout tone="success" role="status">
          {t('ended', { count: data.ended })}
        </Callout>
      )}
    >
      <input type="hidden" name="confirm" value="end-other-sessions" />
      <div>
        <SubmitButton variant="secondary">{t('endOthers')}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function DeleteAccountForm() {
  const t = useTranslations('account.delete');
  return (
    <ActionForm
      action={deleteAccountAction}
      confirm={{ title: t('confirmTitle'), description: t('confirmText'), confirmLabel: t('confirmLabel'), tone: 'danger' }}
      success={() => (
        <Callout tone="success" role="status">
          {t('done')} <Link href="/">{t('home')}</Link>
        </Callout>
      )}
    >
      <input type="hidden" name="confirm" value="delete-account" />
      <div>
        <SubmitButton variant="danger">{t('button')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
