'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { ActionForm } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { CheckboxField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { apiScopes } from '@/lib/core/actor';
import { createApiTokenAction, revokeApiTokenAction } from './actions';
import styles from './api-tokens.module.css';

function Refresh() {
  const router = useRouter();
  useEffect(() => router.refresh(), [router]);
  return null;
}

export function CreateTokenForm() {
  const t = useTranslations('supportDesk.tokens');
  return (
    <ActionForm
      action={createApiTokenAction}
      success={(data: { secret: string }) => (
        <>
          <Refresh />
          <Callout tone="success" role="status" title={t('created')}>
            <p>{t('shownOnce')}</p>
            <code data-testid="api-token-secret">{data.secret}</code>
          </Callout>
        </>
      )}
    >
      <TextField name="name" label={t('name')} hint={t('nameHint')} maxLength={80} required />
      <fieldset className={styles.scopes}>
        <legend>{t('scopes')}</legend>
        {apiScopes.map((scope) => (
          <CheckboxField key={scope} name={`scope:${scope}`} label={scope} id={`scope-${scope.replace(':', '-')}`} />
        ))}
      </fieldset>
      <div>
        <SubmitButton>{t('create')}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function RevokeTokenForm({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations('supportDesk.tokens');
  return (
    <ActionForm
      action={revokeApiTokenAction}
      confirm={{ title: t('revokeTitle', { name }), description: t('revokeText'), confirmLabel: t('revoke'), tone: 'danger' }}
      success={() => <Refresh />}
    >
      <input type="hidden" name="tokenId" value={tokenId} />
      <SubmitButton variant="danger">{t('revoke')}</SubmitButton>
    </ActionForm>
  );
}
