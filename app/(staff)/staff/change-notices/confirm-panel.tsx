'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { ActionForm } from '@/app/_components/ui/action-form';
import { Card } from '@/app/_components/ui/card';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { formObject } from '../parts/form-object';
import { announceChangeNoticeAction, withdrawChangeNoticeAction } from './actions';

/**
 * Announcing and withdrawing cannot be undone: the ConfirmDialog asks first. The dialog's answer
 * travels as `confirm`, which the server's schema requires (a post without it is refused).
 * Announcing is the page's one primary action; withdrawing is a danger step.
 */
export function ConfirmPanel({ step, changeNoticeId }: { step: 'announce' | 'withdraw'; changeNoticeId: string }) {
  const t = useTranslations('changeNotice');
  const router = useRouter();
  const run = async (_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> => {
    const input = formObject(formData);
    const result = step === 'announce' ? await announceChangeNoticeAction(input) : await withdrawChangeNoticeAction(input);
    // The page changes (no longer a draft): it shows the outcome from ?done= with the counts.
    if (result.ok) router.replace(`/staff/change-notices/${changeNoticeId}?done=${step}`);
    return result;
  };
  const tone = step === 'announce' ? 'primary' : 'danger';
  return (
    <Card title={t(`${step}.title`)}>
      <p>{t(`${step}.lead`)}</p>
      <ActionForm
        action={run}
        confirm={{ title: t(`${step}.title`), description: t(`${step}.confirm`), confirmLabel: t(`${step}.submit`), tone }}
      >
        <input type="hidden" name="changeNoticeId" value={changeNoticeId} />
        <input type="hidden" name="confirm" value="on" />
        <div>
          <SubmitButton variant={step === 'announce' ? 'primary' : 'secondary'} pendingLabel={t(`${step}.pending`)}>
            {t(`${step}.submit`)}
          </SubmitButton>
        </div>
      </ActionForm>
    </Card>
  );
}
