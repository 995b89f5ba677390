'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { changeMemberRoleAction, removeMemberAction } from './actions';
import styles from './people.module.css';

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
