'use server';

import { signOut } from '@/lib/auth/auth';

/** Ends the session (deleted in the database, so it cannot be replayed) and writes the audit event. */
export async function signOutAction() {
  await signOut({ redirectTo: '/sign-in' });
}
