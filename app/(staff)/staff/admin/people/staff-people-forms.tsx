'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { SelectField, TextField } from '@/app/_components/ui/field';
import { useFieldErrors } from '@/app/_components/ui/form-context';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { inviteStaffAction, setStaffRolesAction, setUserDisabledAction } from './actions';
import styles from './staff-people.module.css';

const staffRoles = ['privacy', 'support', 'admin'] as const;
type StaffRole = (typeof staffRoles)[number];

/** A group of checkboxes: a fieldset named by its legend, its error read with it. */
function RoleChoices({ checked = [] }: { checked?: readonly string[] }) {
  const t = useTranslations('people');
  const errors = useFieldErrors('roles');
  const errorId = useId();
  const label = { privacy: t('role.privacy'), support: t('role.support'), admin: t('role.admin') } satisfies Record<StaffRole, string>;
  return (
    <fieldset className={styles.roles} aria-describedby={errors ? errorId : undefined}>
      <legend>{t('invite.roles')}</legend>
      {staffRoles.map((role) => (
        <label key={role} className={styles.role}>
          <input type="checkbox" name="roles" value={role} defaultChecked={checked.includes(role)} /> {label[role]}
        </label>
      ))}
      {errors ? (
        <p id={errorId} className={styles.error}>
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

export function InviteStaffForm() {
  const t = useTranslations('people');
  return (
    <ActionForm
      action={inviteStaffAction}
      success={(data) => (
        <Callout tone="success" role="status">
          {t('invite.sent', { email: data.email })}
        </Callout>
      )}
    >
      <div className={styles.fields}>
        <TextField name="email" type="email" label={t('invite.email')} autoComplete="off" maxLength={254} />
        <SelectField
          name="locale"
          label={t('invite.locale')}
          defaultValue="de"
          options={[
            { value: 'de', label: t('invite.localeDe') },
            { value: 'en', label: t('invite.localeEn') },
          ]}
        />
      </div>
      <RoleChoices />
      <div>
        <SubmitButton>{t('invite.submit')}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function StaffRolesForm({ userId, roles }: { userId: string; roles: readonly string[] }) {
  const t = useTranslations('people');
  return (
    <ActionForm action={setStaffRolesAction}>
      <input type="hidden" name="userId" value={userId} />
      <RoleChoices checked={roles} />
      <div>
        <SubmitButton variant="secondary">{t('staff.saveRoles')}</SubmitButton>
      </div>
    </ActionForm>
  );
}

/** Disabling is confirmed: it signs the person out everywhere at once. Enabling needs no dialog. */
export function DisableForm({ userId, email, disabled }: { userId: string; email: string; disabled: boolean }) {
  const t = useTranslations('people.staff');
  return (
    <ActionForm
      action={setUserDisabledAction}
      confirm={
        disabled ? undefined : { title: t('disableTitle', { email }), description: t('disableText'), confirmLabel: t('disable'), tone: 'danger' }
      }
      success={(data) => (
        <Callout tone="success" role="status">
          {data.disabled ? t('disabledDone') : t('enabledDone')}
        </Callout>
      )}
    >
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <div>
        <SubmitButton variant={disabled ? 'secondary' : 'danger'}>{disabled ? t('enable') : t('disable')}</SubmitButton>
      </div>
    </ActionForm>
  );
}

