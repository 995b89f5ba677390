'use server';

import { requestSignInLink } from '@/lib/auth/request-sign-in-link';
import { signInSchema } from '@/lib/auth/sign-in-schema';
import { publicAction } from '@/lib/core/action';

/** Public by design: anyone may ask for a link; the answer never reveals whether the address is known. */
export const requestSignInLinkAction = publicAction({ schema: signInSchema }, async (ctx, input) => {
  await requestSignInLink(ctx, input);
  return { email: input.email };
});
