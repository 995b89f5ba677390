'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { SelectField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { inviteMemberSchema } from '@/lib/invitations/schemas';
import { changeMemberRoleAction, inviteMemberAction, removeMemberAction } from './actions';
import styles from './people.module.css';

export function InviteMemberForm({ orgId }: { orgId: string }) {
  const t = useTranslations('people');
  return (
    <ActionForm
      action={inviteMemberAction}
      schema={inviteMemberSchema}
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
          defaultValue="member"
          options={[
            { value: 'member', label: t('role.member') },
            { value: 'signatory', label: t('role.signatory') },
          ]}
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

/** Member <-> signatory; refused for the last signatory (the server decides, the message says why). */
export function RoleForm({ orgId, userId, role }: { orgId: string; userId: string; role: 'signatory' | 'member' }) {
  const t = useTranslations('people');
  const next = role === 'signatory' ? 'member' : 'signatory';
  return (
    <ActionForm action={changeMemberRoleAction} className={styles.inline}>
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="role" value={next} />
      <SubmitButton variant="secondary">
        {next === 'signatory' ? t('members.makeSignatory') : t('members.makeMember')}
      </SubmitButton>
    </ActionForm>
  );
}

export function RemoveForm({ orgId, userId, email }: { orgId: string; userId: string; email: string }) {
  const t = useTranslations('people.members');
  return (
    <ActionForm
      action={removeMemberAction}
      className={styles.inline}
      confirm={{ title: t('removeTitle', { email }), description: t('removeText'), confirmLabel: t('remove'), tone: 'danger' }}
    >
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton variant="danger">
        {t('remove')}
      </SubmitButton>
    </ActionForm>
  );
}
