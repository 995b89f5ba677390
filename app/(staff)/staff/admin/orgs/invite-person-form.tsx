'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { SelectField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { inviteMemberSchema } from '@/lib/invitations/schemas';
import { inviteOrgPersonAction } from './actions';
import styles from './orgs.module.css';

/** The admin invites the customer's signatory (onboarding), or a member; the mail has the link. */
export function InvitePersonForm({ orgId }: { orgId: string }) {
  const t = useTranslations('people');
  return (
    <ActionForm
      action={inviteOrgPersonAction}
      schema={inviteMemberSchema}
      success={(data) => (
        <Callout tone="success" role="status">
          {t('invite.sent', { email: data.email })}
        </Callout>
      )}
    >
      <input type="hidden" name="orgId" value={orgId} />
      <div className={styles.grid}>
        <TextField name="email" type="email" label={t('invite.email')} autoComplete="off" maxLength={254} />
        <SelectField
          name="role"
          label={t('invite.role')}
          defaultValue="signatory"
          options={[
            { value: 'signatory', label: t('role.signatory') },
            { value: 'member', label: t('role.member') },
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
