'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { FormFrame } from '@/app/_components/ui/action-form';
import { Callout } from '@/app/_components/ui/callout';
import { Card } from '@/app/_components/ui/card';
import { ConfirmDialog } from '@/app/_components/ui/confirm-dialog';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { useActionForm } from '@/app/_components/ui/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { formObject } from '../parts/form-object';
import { announceChangeNoticeAction, withdrawChangeNoticeAction } from './actions';

/**
 * Announcing and withdrawing cannot be undone: the ConfirmDialog asks first. The dialog's answer
 * travels as `confirm`, which the server's schema requires (a post without it is refused).
 * Announcing is the page's one primary action; withdrawing confirms in danger tone.
 * The server may refuse because of the draft (a date too early): those problems belong to fields
 * of the draft form, so they are listed here, where the step was tried.
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
  const form = useActionForm(run, { confirm: true });
  const problems = [...new Set(Object.values(form.errors).flat())];
  const refused = form.state && !form.state.ok && !form.formError ? form.state : null;
  return (
    <Card title={t(`${step}.title`)}>
      <p>{t(`${step}.lead`)}</p>
      <FormFrame form={form}>
        {refused ? (
          <Callout tone="danger" role="alert" title={problems.length === 1 ? undefined : refused.message}>
            {problems.length === 1 ? (
              problems[0]
            ) : (
              <ul>
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
          </Callout>
        ) : null}
        <input type="hidden" name="changeNoticeId" value={changeNoticeId} />
        <input type="hidden" name="confirm" value="on" />
        <div>
          <SubmitButton variant={step === 'announce' ? 'primary' : 'secondary'} pendingLabel={t(`${step}.pending`)}>
            {t(`${step}.submit`)}
          </SubmitButton>
        </div>
      </FormFrame>
      <ConfirmDialog
        {...form.confirmation}
        title={t(`${step}.title`)}
        description={t(`${step}.confirm`)}
        confirmLabel={t(`${step}.submit`)}
        tone={step === 'announce' ? 'primary' : 'danger'}
      />
    </Card>
  );
}
