'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { useFieldErrors } from '@/app/_components/ui/form-context';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { confirmNoticeContactAction } from './actions';

/** The token travels hidden; a problem with it is the form's message, not a field's. */
function TokenError() {
  const errors = useFieldErrors('token');
  return errors ? (
    <Callout tone="danger" role="alert">
      {errors.join(' ')}
    </Callout>
  ) : null;
}

export function ConfirmForm({ token }: { token: string }) {
  const t = useTranslations('subscriptions.confirm');
  return (
    <ActionForm
      action={confirmNoticeContactAction}
      success={(data) => (
        <Callout tone="success" role="status">
          {t('done', { email: data.email, org: data.orgName })}
        </Callout>
      )}
    >
      <TokenError />
      <input type="hidden" name="token" value={token} />
      <div>
        <SubmitButton pendingLabel={t('submitting')}>{t('submit')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
