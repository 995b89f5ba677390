'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { unsubscribeAction } from './actions';

export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations('account.unsubscribe');
  return (
    <ActionForm
      action={unsubscribeAction}
      success={(data: { alreadyDone: boolean; orgName: string | null }) => (
        <Callout tone="success" role="status">
          {data.alreadyDone ? t('alreadyDone') : t('done', { orgName: data.orgName ?? 'none' })}
        </Callout>
      )}
    >
      <input type="hidden" name="token" value={token} />
      <div>
        <SubmitButton>{t('button')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
