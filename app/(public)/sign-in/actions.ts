'use server';

import { issueSignInLinkAfterResponse, limitSignInRequest } from '@/lib/auth/request-sign-in-link';
import { signInSchema } from '@/lib/auth/sign-in-schema';
import { publicAction } from '@/lib/core/action';

/** Public by design: anyone may ask for a link; the answer never reveals whether the address is known. */
export const requestSignInLinkAction = publicAction({ schema: signInSchema }, async (ctx, input) => {
  await limitSignInRequest(ctx, input);
  // The link (or, for an unknown address, nothing) after the answer: both answer equally fast.
  issueSignInLinkAfterResponse(ctx, input);
  return { email: input.email };
});
