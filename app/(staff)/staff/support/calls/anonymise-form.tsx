'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { anonymiseCallAction } from './actions';

export function AnonymiseCallForm() {
  const t = useTranslations('supportDesk.calls');
  return (
    <ActionForm
      action={anonymiseCallAction}
      confirm={{ title: t('confirmTitle'), description: t('confirmText'), confirmLabel: t('submit'), tone: 'danger' }}
      success={(data: { anonymised: number }) => (
        <Callout tone="success" role="status">
          {t('done', { count: data.anonymised })}
        </Callout>
      )}
    >
      <TextField name="callId" label={t('callId')} hint={t('callIdHint')} maxLength={100} required />
      <div>
        <SubmitButton variant="danger">{t('submit')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
