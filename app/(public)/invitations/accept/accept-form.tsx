'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { buttonClass } from '@/app/_components/ui/button';
import { Callout } from '@/app/_components/ui/callout';
import { useFieldErrors } from '@/app/_components/ui/form-context';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { acceptInvitationAction } from './actions';

/** The token travels hidden; a problem with it is the form's message, not a field's. */
function TokenError() {
  const errors = useFieldErrors('token');
  return errors ? (
    <Callout tone="danger" role="alert">
      {errors.join(' ')}
    </Callout>
  ) : null;
}

export function AcceptForm({ token }: { token: string }) {
  const t = useTranslations('people.invitation');
  return (
    <ActionForm
      action={acceptInvitationAction}
      success={(data) => (
        <Callout tone="success" role="status">
          <p>{t('done', { email: data.email })}</p>
          {/* A plain link: Auth.js completes the sign-in on a GET of its callback. */}
          <p>
            <a className={buttonClass()} href={data.signInUrl}>
              {t('signIn')}
            </a>
          </p>
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
