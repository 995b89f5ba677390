'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { withdrawObjectionAction } from './actions';
import { ShowDone } from './objection-form';

// Withdrawing: the kit's ConfirmDialog (tone danger) asks once more before the form is sent.

export function WithdrawObjectionForm({ orgId, noticeId, objectionId }: { orgId: string; noticeId: string; objectionId: string }) {
  const t = useTranslations('objections');
  return (
    <ActionForm
      action={withdrawObjectionAction}
      confirm={{ title: t('own.withdrawTitle'), description: t('own.withdrawText'), confirmLabel: t('own.withdrawConfirm'), cancelLabel: t('form.cancel'), tone: 'danger' }}
      success={() => <ShowDone href={`/orgs/${orgId}/notices/${noticeId}?done=withdrawn#objection`} />}
    >
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="objectionId" value={objectionId} />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t('form.sending')}>
          {t('own.withdraw')}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
