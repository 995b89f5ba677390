'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { retryFailedDeliveriesAction } from './actions';
import styles from './deliveries.module.css';

/** Queue the failed deliveries again: repeatable and harmless, so no confirmation. */
export function RetryForm({ changeNoticeId }: { changeNoticeId: string }) {
  const t = useTranslations('notices.deliveries');
  return (
    <ActionForm
      action={retryFailedDeliveriesAction}
      className={styles.retry}
      success={(data) => (
        <Callout tone="success" role="status">
          {t('retried', { count: data.count })}
        </Callout>
      )}
    >
      <input type="hidden" name="changeNoticeId" value={changeNoticeId} />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t('retrying')}>
          {t('retry')}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
