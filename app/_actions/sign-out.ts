'use server';

import { signOut } from '@/lib/auth/auth';
import { assertSameOrigin } from '@/lib/http/request-origin';

/** Ends the session (deleted in the database, so it cannot be replayed) and writes the audit event. */
export async function signOutAction() {
  await assertSameOrigin(); // not through lib/action.ts, so the same-origin rule is checked here
  await signOut({ redirectTo: '/sign-in' });
}
