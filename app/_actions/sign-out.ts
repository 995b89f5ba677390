'use server';

import { signOut } from '@/lib/auth/auth';
import { isSameOrigin } from '@/lib/http/request-origin';

/** Ends the session (deleted in the database, so it cannot be replayed) and writes the audit event. */
export async function signOutAction() {
  // Not through lib/core/action.ts, so the same-origin rule is checked here: a request no page of
  // ours sent signs no one out (and gets no 500).
  if (!(await isSameOrigin())) return;
  await signOut({ redirectTo: '/sign-in' });
}
