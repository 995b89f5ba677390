'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { TextAreaField } from '@/app/_components/ui/field';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { NOTE_MAX } from '@/lib/objections/objection-limits';
import { RadioGroup } from '../parts/radio-group';
import { decideObjectionAction } from './actions';

const decideSchema = () => import('@/lib/objections/objection-schemas').then((m) => m.decideObjectionSchema);

/**
 * One objection's decision: accepted or rejected (a note is required then), checked with the
 * server's schema in the browser, then confirmed in the ConfirmDialog: the customer is mailed at once.
 */
export function DecideForm({ objectionId, orgName }: { objectionId: string; orgName: string }) {
  const t = useTranslations('objections.staff');
  const router = useRouter();
  const decide = async (prev: ActionResult<unknown> | null, formData: FormData) => {
    const result = await decideObjectionAction(prev, formData);
    if (result.ok) router.replace(`/staff/objections?state=decided&decided=${objectionId}#decided`);
    return result;
  };
  return (
    <ActionForm
      action={decide}
      schema={decideSchema}
      confirm={{ title: t('confirmTitle'), description: t('confirmText', { org: orgName }), confirmLabel: t('confirm') }}
    >
      <input type="hidden" name="objectionId" value={objectionId} />
      <RadioGroup
        name="decision"
        label={t('decision')}
        options={[
          { value: 'accepted', label: t('accept') },
          { value: 'rejected', label: t('reject') },
        ]}
      />
      <TextAreaField name="note" label={t('note')} hint={t('noteHint')} rows={3} maxLength={NOTE_MAX + 200} />
      <div>
        <SubmitButton>{t('submit')}</SubmitButton>
      </div>
    </ActionForm>
  );
}
