'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { SelectField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import type { ServerAction } from '@/app/_components/ui/use-action-form';
import styles from './invite-person-form.module.css';

const inviteSchema = () => import('@/lib/invitations/schemas').then((m) => m.inviteMemberSchema);

type Role = 'signatory' | 'member';

/**
 * Invite a person into an organisation; the mail carries the link. One form for the customer's
 * signatories (people page, a member by default) and for the admin onboarding a customer (its first
 * signatory by default): the action decides who may send it.
 */
export function InvitePersonForm({
  orgId,
  action,
  defaultRole,
}: {
  orgId: string;
  action: ServerAction<{ email: string }>;
  defaultRole: Role;
}) {
  const t = useTranslations('people');
  const roles: Role[] = defaultRole === 'signatory' ? ['signatory', 'member'] : ['member', 'signatory'];
  return (
    <ActionForm
      action={action}
      schema={inviteSchema}
      success={(data) => (
        <Callout tone="success" role="status">
          {t('invite.sent', { email: data.email })}
        </Callout>
      )}
    >
      <input type="hidden" name="orgId" value={orgId} />
      <div className={styles.fields}>
        <TextField name="email" type="email" label={t('invite.email')} autoComplete="off" maxLength={254} />
        <SelectField
          name="role"
          label={t('invite.role')}
          defaultValue={defaultRole}
          options={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        />
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
      <div>
        <SubmitButton>{t('invite.submit')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
