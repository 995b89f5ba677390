'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { ActionForm } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { SelectField, TextAreaField, TextField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { sessionActions } from '@/lib/support/session-actions';

const startSchema = () => import('@/lib/support/remote-session-input').then((m) => m.startRemoteSessionInput);
import type { StartRemoteSessionResult } from '@/lib/support/start-remote-session';
import { endRemoteSessionAction, sendDpaInvitationAction, startRemoteSessionAction } from './actions';

/** Re-renders the server page (the session list) once an action has succeeded. */
function Refresh() {
  const router = useRouter();
  useEffect(() => router.refresh(), [router]);
  return null;
}

export function InviteForm({ orgId }: { orgId: string }) {
  const t = useTranslations('supportDesk.invite');
  return (
    <ActionForm
      action={sendDpaInvitationAction}
      confirm={{ title: t('confirmTitle'), description: t('confirmText'), confirmLabel: t('submit'), tone: 'primary' }}
      success={(data: { recipients: number }) => (
        <Callout tone="success" role="status">
          {t('sent', { count: data.recipients })}
        </Callout>
      )}
    >
      <input type="hidden" name="orgId" value={orgId} />
      <div>
        <SubmitButton variant="secondary">{t('submit')}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function StartSessionForm({ orgId }: { orgId: string }) {
  const t = useTranslations('supportDesk.session');
  const actionLabel = useTranslations('support.action');
  const reason = useTranslations('supportDesk.reason');
  return (
    <ActionForm
      action={startRemoteSessionAction}
      schema={startSchema}
      success={(result: StartRemoteSessionResult) =>
        result.outcome === 'granted' ? (
          <>
            <Refresh />
            <Callout tone="success" role="status" title={t('started', { reference: result.reference })}>
              {t('startedHint')}
            </Callout>
          </>
        ) : (
          <>
            <Refresh />
            <Callout tone="danger" role="alert" title={t('refused')}>
              {reason(result.reason)} {t('refusedLogged')}
            </Callout>
          </>
        )
      }
    >
      <input type="hidden" name="orgId" value={orgId} />
      <SelectField
        name="action"
        label={t('action')}
        defaultValue="remote_support"
        options={sessionActions.map((value) => ({ value, label: actionLabel(value) }))}
      />
      <TextField name="ticketReference" label={t('ticket')} hint={t('ticketHint')} maxLength={64} required />
      <TextAreaField name="reason" label={t('reason')} hint={t('reasonHint')} maxLength={500} rows={3} required />
      <TextField name="tool" label={t('tool')} defaultValue="TeamViewer" maxLength={60} />
      <div>
        <SubmitButton>{t('start')}</SubmitButton>
      </div>
    </ActionForm>
  );
}

/**
 * In the session's row. No refresh after success: the refreshed page renders the row with its end
 * time instead of this form, which would take the confirmation away the moment it appeared. The
 * confirmation stays in the row until the page is next loaded.
 */
export function EndSessionForm({ orgId, sessionId, reference }: { orgId: string; sessionId: string; reference: string }) {
  const t = useTranslations('supportDesk.session');
  return (
    <ActionForm
      action={endRemoteSessionAction}
      confirm={{ title: t('endTitle', { reference }), description: t('endText'), confirmLabel: t('end'), tone: 'primary' }}
      success={() => (
        <Callout tone="success" role="status">
          {t('ended', { reference })}
        </Callout>
      )}
    >
      <input type="hidden" name="orgId" value={orgId} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <SubmitButton variant="secondary">{t('end')}</SubmitButton>
    </ActionForm>
  );
}
