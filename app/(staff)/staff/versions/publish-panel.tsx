'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormFrame } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { ConfirmDialog } from '@/app/_components/ui/confirm-dialog';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { useActionForm } from '@/app/_components/ui/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import type { Confirmation, VersionKind } from '@/lib/versions/version-input';
import { publishVersionAction } from './actions';
import styles from './versions.module.css';

/**
 * Publishing is final: the ConfirmDialog says so and lists what the publisher confirms (for TOMs
 * also that the protection level is not lowered). Confirming sends those confirmations, which the
 * server requires; the dialog is where they are given, not a row of boxes to tick.
 * Problems with the draft's fields (a placeholder, a missing summary) are listed by field name.
 */
export function PublishPanel({
  kind,
  id,
  version,
  confirmations,
  fieldLabels,
}: {
  kind: VersionKind;
  id: string;
  version: number;
  confirmations: readonly Confirmation[];
  /** The editor's field names as it labels them, to name the fields the server finds fault with. */
  fieldLabels: Record<string, string>;
}) {
  const t = useTranslations('versions.publish');
  const router = useRouter();
  const publish = async (prev: ActionResult<unknown> | null, formData: FormData) => {
    const result = await publishVersionAction(prev, formData);
    if (result.ok) router.refresh();
    return result;
  };
  const form = useActionForm(publish, { confirm: true });
  const problems = Object.entries(form.errors).filter(([field]) => field !== '_');
  return (
    <>
      <FormFrame form={form}>
        {form.state && !form.state.ok && problems.length ? (
          <Callout tone="danger" role="alert" title={form.state.message}>
            <ul>
              {problems.map(([field, messages]) => (
                <li key={field}>
                  <strong>{fieldLabels[field] ?? field}</strong>: {messages.join(' ')}
                </li>
              ))}
            </ul>
          </Callout>
        ) : null}
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        {confirmations.map((name) => (
          <input key={name} type="hidden" name={name} value="on" />
        ))}
        <div>
          <SubmitButton pendingLabel={t('pending')}>{t('start')}</SubmitButton>
        </div>
      </FormFrame>
      <ConfirmDialog
        {...form.confirmation}
        title={t('confirmTitle', { version })}
        description={t('warning')}
        details={
          <>
            <p>{t('confirmsLead')}</p>
            <ul className={styles.confirmList}>
              {confirmations.map((name) => (
                <li key={name}>{name === 'confirmIrreversible' ? t('confirmIrreversible') : t('protectionNotLowered')}</li>
              ))}
            </ul>
          </>
        }
        confirmLabel={t('submit')}
        cancelLabel={t('cancel')}
      />
    </>
  );
}
