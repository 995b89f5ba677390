'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { retryFailedDeliveriesAction } from './actions';

export function RetryForm({ changeNoticeId, labels }: { changeNoticeId: string; labels: { submit: string; pending: string; done: string } }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ count: number }> | null, FormData>(
    retryFailedDeliveriesAction,
    null,
  );
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="changeNoticeId" value={changeNoticeId} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? labels.pending : labels.submit}
      </button>
      {state?.ok ? (
        <p className="notice notice-success" role="status">
          {labels.done.replace('{count}', String(state.data.count))}
        </p>
      ) : state ? (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
