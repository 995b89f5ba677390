'use server';

import { action } from '@/lib/action';
import { issueSignInLinkAfterResponse, limitSignInRequest } from '@/lib/auth/request-sign-in-link';
import { getLocale } from '@/lib/i18n/server';
import { signInSchema } from './schema';

/** Public by design: anyone may ask for a link; the answer never reveals whether the address is known. */
export const requestSignInLinkAction = action(
  { permission: 'public', schema: signInSchema },
  async ({ input, tx, meta }) => {
    const request = { ...input, locale: await getLocale(), ...meta };
    await limitSignInRequest(tx, request);
    // The link (or, for an unknown address, nothing) after the answer: both answer equally fast.
    issueSignInLinkAfterResponse(request);
    return { email: input.email };
  },
);
