import 'server-only';
import type { OIDCConfig } from '@auth/core/providers';
import type { Account, Profile } from '@auth/core/types';
import { createContext, inTransaction, type RequestInfo } from '@/lib/core/context';
import type { OidcSettings } from '@/lib/env';
import { admitOidcSignIn, OIDC_PROVIDER_ID } from './admit-oidc-sign-in';

/** Where a refused staff sign-in lands: the sign-in page, which names the refusal (one text for every reason). */
export const OIDC_REFUSED_URL = '/sign-in?error=OidcRefused';

/**
 * The provider's identity provider as an Auth.js OpenID Connect provider: endpoints and keys by
 * discovery from the issuer; the authorization code flow with PKCE, state and nonce; the person
 * from the validated ID token's claims (the roles claim included). No token is stored: the portal
 * only needs to know who signed in, not to call the IdP afterwards.
 */
export function oidcProvider(settings: OidcSettings): OIDCConfig<Profile> {
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.name,
    type: 'oidc',
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    checks: ['pkce', 'state', 'nonce'],
    authorization: { params: { scope: 'openid email profile' } },
    profile(claims) {
      return {
        id: String(claims.sub),
        name: claims.name ?? claims.preferred_username ?? null,
        email: typeof claims.email === 'string' ? claims.email.toLowerCase() : null,
      };
    },
    account: () => ({}),
  };
}

/**
 * The signIn callback for an OIDC sign-in: true lets Auth.js make the session (for the account
 * just linked, if need be); a refusal sends the person to the sign-in page. Auth.js's own account
 * linking is never reached: admitOidcSignIn links before Auth.js looks the account up again.
 */
export async function checkOidcSignIn(
  settings: OidcSettings,
  params: { account: Account | null; profile?: Profile },
  request: RequestInfo,
): Promise<true | string> {
  const { account, profile } = params;
  if (!account?.providerAccountId || !profile) return OIDC_REFUSED_URL;
  // Some providers send the flag as the string "true".
  const verified: unknown = profile.email_verified;
  const ctx = createContext({ actor: null, request });
  const verdict = await inTransaction(ctx, (tx) =>
    admitOidcSignIn(
      tx,
      {
        subject: account.providerAccountId,
        email: typeof profile.email === 'string' ? profile.email : null,
        emailVerified: verified === true || verified === 'true',
        name: typeof profile.name === 'string' ? profile.name : null,
        claims: profile as Record<string, unknown>,
      },
      settings,
    ),
  );
  return verdict.admitted ? true : OIDC_REFUSED_URL;
}
