'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { deleteAccountSchema, endOtherSessionsSchema, updateProfileSchema } from '@/lib/account/account-schemas';
import { currentSessionToken } from '@/lib/account/current-session';
import { deleteAccount } from '@/lib/account/delete-account';
import { endOtherSessions } from '@/lib/account/end-other-sessions';
import { updateProfile } from '@/lib/account/update-profile';
import { action } from '@/lib/core/action';
import { env } from '@/lib/env';
import { localeCookie } from '@/lib/i18n/config';

// The account page's actions: every signed-in user, about themselves only ('account.manage'); no
// input names a user, the use cases take the actor's own id.

export const updateProfileAction = action({ permission: 'account.manage', schema: updateProfileSchema }, async (ctx, input) => {
  const result = await updateProfile(ctx, input);
  // The page language follows the choice at once, as with the language switch.
  (await cookies()).set(localeCookie, input.locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', secure: env().APP_URL.startsWith('https://') });
  ctx.afterCommit(() => revalidatePath('/account'));
  return result;
});

export const endOtherSessionsAction = action({ permission: 'account.manage', schema: endOtherSessionsSchema }, async (ctx) => {
  const result = await endOtherSessions(ctx, { currentSessionToken: await currentSessionToken() });
  ctx.afterCommit(() => revalidatePath('/account'));
  return result;
});

const deleteOwnAccount = action({ permission: 'account.manage', schema: deleteAccountSchema }, async (ctx) => {
  const result = await deleteAccount(ctx);
  // The sessions are gone with the account; the cookie goes too, so this browser is signed out now.
  const jar = await cookies();
  for (const name of ['authjs.session-token', '__Secure-authjs.session-token']) if (jar.get(name)) jar.delete(name);
  return result;
});

/**
 * Once the deletion has committed, the person lands on a page that says what was deleted and what
 * is kept, not on the sign-in page the signed-out account page would send them to. The redirect
 * comes after the wrapper: thrown inside it, it would roll the deletion back.
 */
export async function deleteAccountAction(...args: Parameters<typeof deleteOwnAccount>) {
  const result = await deleteOwnAccount(...args);
  if (result.ok) redirect('/account/deleted');
  return result;
}
