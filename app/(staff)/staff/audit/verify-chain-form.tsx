'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { checkAuditChainAction } from './actions';

/** Runs the whole verification on request; the answer names the first broken link, if any. */
export function VerifyChainForm() {
  const t = useTranslations('audit.chain');
  return (
    <ActionForm
      action={checkAuditChainAction}
      success={(result) =>
        result.ok ? (
          <Callout tone="success" role="status" title={t('intact')}>
            {t('intactText', { count: result.count })}
          </Callout>
        ) : (
          <Callout tone="danger" role="alert" title={t('broken', { seq: result.brokenAt })}>
            <p>{t('brokenText', { count: result.count })}</p>
            <p>
              <a href={`/staff/audit?before=${result.brokenAt + 1}`}>{t('showBroken', { seq: result.brokenAt })}</a>
            </p>
          </Callout>
        )
      }
    >
      <p>{t('text')}</p>
      <div>
        <SubmitButton variant="secondary" pendingLabel={t('running')}>
          {t('run')}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
