'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/action-result';
import { withdrawObjectionAction } from './actions';

// Withdrawing asks once more in a native <dialog>; only its button submits.

type Labels = { withdraw: string; title: string; text: string; confirm: string; cancel: string; sending: string };

export function WithdrawObjectionButton({ orgId, noticeId, objectionId, labels }: { orgId: string; noticeId: string; objectionId: string; labels: Labels }) {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(withdrawObjectionAction, null);

  useEffect(() => {
    if (state?.ok) router.replace(`/orgs/${orgId}/notices/${noticeId}?done=withdrawn#objection`);
  }, [state, orgId, noticeId, router]);

  return (
    <div className="objection-withdraw">
      {state && !state.ok ? (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      ) : null}
      <button type="button" className="button button-secondary" onClick={() => dialogRef.current?.showModal()} disabled={pending}>
        {pending ? labels.sending : labels.withdraw}
      </button>
      <dialog ref={dialogRef} className="objection-dialog" aria-labelledby="withdraw-title" aria-describedby="withdraw-text">
        <form action={formAction} onSubmit={() => dialogRef.current?.close()}>
          <h2 id="withdraw-title">{labels.title}</h2>
          <p id="withdraw-text">{labels.text}</p>
          <input type="hidden" name="orgId" value={orgId} />
          <input type="hidden" name="objectionId" value={objectionId} />
          <div className="button-row">
            <button type="submit" className="button button-primary">
              {labels.confirm}
            </button>
            <button type="button" className="button button-secondary" onClick={() => dialogRef.current?.close()}>
              {labels.cancel}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
