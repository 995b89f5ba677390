'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/action-result';

type FormAction<T> = (state: ActionResult<T> | null, data: FormData) => Promise<ActionResult<T>>;

/**
 * A version form's action: the page is refreshed once the server has accepted it (the facts, the
 * preview and the status come from the server). Submitted by hand rather than through
 * <form action>: React resets a form after an action, which would throw away a long edit or the
 * ticks already made whenever the server answers with a field error.
 */
export function useRefreshingAction<T>(action: FormAction<T>) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, pending, submit };
}
