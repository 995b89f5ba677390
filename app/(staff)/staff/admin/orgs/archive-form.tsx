'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { archiveOrganisationAction } from './actions';

/** Archiving is irreversible in the portal: the ConfirmDialog asks first. */
export function ArchiveForm({ orgId, name }: { orgId: string; name: string }) {
  const t = useTranslations('adminOrgs.archive');
  return (
    <ActionForm
      action={archiveOrganisationAction}
      confirm={{ title: t('confirmTitle'), description: t('confirmText', { name }), confirmLabel: t('submit'), tone: 'danger' }}
      success={() => (
        <Callout tone="success" role="status">
          {t('done')}
        </Callout>
      )}
    >
      <input type="hidden" name="orgId" value={orgId} />
      <div>
        <SubmitButton variant="danger">{t('submit')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
