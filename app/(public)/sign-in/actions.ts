'use server';

import { z } from 'zod';
import { signIn } from '@/lib/auth/auth';
import { OIDC_PROVIDER_ID } from '@/lib/auth/oidc/admit-oidc-sign-in';
import { issueSignInLinkAfterResponse, limitSignInRequest } from '@/lib/auth/request-sign-in-link';
import { safeCallbackUrl } from '@/lib/auth/safe-callback-url';
import { signInSchema } from '@/lib/auth/sign-in-schema';
import { publicAction } from '@/lib/core/action';
import { env } from '@/lib/env';
import { isSameOrigin } from '@/lib/http/request-origin';

/** Public by design: anyone may ask for a link; the answer never reveals whether the address is known. */
export const requestSignInLinkAction = publicAction({ schema: signInSchema }, async (ctx, input) => {
  await limitSignInRequest(ctx, input);
  // The link (or, for an unknown address, nothing) after the answer: both answer equally fast.
  issueSignInLinkAfterResponse(ctx, input);
  return { email: input.email };
});

const idpSchema = z.object({ callbackUrl: z.string().max(500).optional() });

/**
 * Staff: on to the provider's identity provider. Public by design, like the link form: Auth.js
 * sets the state, PKCE and nonce cookies and answers with the IdP's address; whether the person
 * may come in is decided when they return (lib/auth/oidc/admit-oidc-sign-in.ts). Without an
 * identity provider configured it does nothing. Not through publicAction: no transaction may stay
 * open while Auth.js fetches the IdP's discovery document.
 */
export async function signInWithIdpAction(form: FormData | unknown) {
  const { oidc, APP_URL } = env();
  if (!oidc || !(await isSameOrigin())) return;
  const parsed = idpSchema.safeParse(form instanceof FormData ? Object.fromEntries(form) : form);
  const callbackUrl = parsed.success ? parsed.data.callbackUrl : undefined;
  await signIn(OIDC_PROVIDER_ID, { redirectTo: safeCallbackUrl(callbackUrl, APP_URL) });
}
