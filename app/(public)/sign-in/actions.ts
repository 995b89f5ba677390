'use server';

import { action } from '@/lib/action';
import { requestSignInLink } from '@/lib/auth/request-sign-in-link';
import { getLocale } from '@/lib/i18n/server';
import { signInSchema } from './schema';

/** Public by design: anyone may ask for a link; the answer never reveals whether the address is known. */
export const requestSignInLinkAction = action(
  { permission: 'public', schema: signInSchema },
  async ({ input, tx, meta }) => {
    await requestSignInLink(tx, { ...input, locale: await getLocale(), ...meta });
    return { email: input.email };
  },
);
