'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import type { ActionResult } from '@/lib/action-result';
import type { VersionKind } from '@/lib/versions/version-input';
import { createDraftAction } from './actions';

type Created = { id: string; version: number; created: boolean };

/** Starts (or reopens) the draft of the next version and opens its editor. */
export function CreateDraftButton({ kind, copyOf, label }: { kind: VersionKind; copyOf: string; label: string }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<Created> | null, FormData>(createDraftAction, null);
  useEffect(() => {
    if (state?.ok) router.push(`/staff/versions/${kind}/${state.data.id}`);
  }, [state, kind, router]);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="copyOf" value={copyOf} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {label}
      </button>
      {state && !state.ok ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
