import 'server-only';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import { env } from '@/lib/env';
import { requestAddress } from '@/lib/http/request-address';
import { portalAdapter } from './adapter';
import { checkOidcSignIn, oidcProvider } from './oidc/oidc-provider';
import { LINK_VALID_MINUTES } from './request-sign-in-link';
import { authSecret } from './secret';

async function meta() {
  try {
    const { headers } = await import('next/headers');
    const h = await headers();
    return { ip: requestAddress(h), userAgent: h.get('user-agent') };
  } catch {
    return { ip: null, userAgent: null };
  }
}

/**
 * The Auth.js configuration, built on first use, so that `next build` neither opens a database nor
 * needs AUTH_SECRET. Used by auth()/signOut() below and by the route (lib/auth/auth-route.ts).
 */
export function authConfig(): NextAuthConfig {
  const config = env();
  // APP_URL is the public URL and the only origin Auth.js may build links, redirects and cookie
  // names from. AUTH_URL is Auth.js's own setting for that in auth() and signOut(); without it, they
  // take the request's Host and X-Forwarded-Proto (issue 7, item 1). The route builds its request
  // from APP_URL itself (lib/auth/auth-route.ts).
  process.env.AUTH_URL = `${new URL(config.APP_URL).origin}/api/auth`;
  return {
    secret: authSecret(),
    basePath: '/api/auth',
    trustHost: true,
    // __Secure- cookie names and the Secure flag whenever the public URL is https, whatever the
    // proxy in front says (or does not say) in X-Forwarded-Proto.
    useSecureCookies: config.APP_URL.startsWith('https:'),
    adapter: portalAdapter(meta),
    session: {
      strategy: 'database',
      maxAge: config.SESSION_IDLE_MINUTES * 60,
      updateAge: Math.min(300, config.SESSION_IDLE_MINUTES * 30),
    },
    providers: [
      {
        id: 'email',
        type: 'email',
        name: 'E-Mail',
        from: config.MAIL_FROM,
        maxAge: LINK_VALID_MINUTES * 60,
        options: {},
        // Links are issued only by requestSignInLink (rate-limited, known users only).
        async sendVerificationRequest() {
          throw new Error('Links are issued by requestSignInLink');
        },
      },
      // Staff sign in at the provider's identity provider when one is configured (decision 0068).
      ...(config.oidc ? [oidcProvider(config.oidc)] : []),
    ],
    pages: { signIn: '/sign-in', error: '/sign-in', verifyRequest: '/sign-in' },
    callbacks: {
      // Auth.js's own "send me a link" endpoint is closed: it would bypass the rate limits and
      // answer differently for unknown addresses. Completing a link we issued is allowed. An OIDC
      // sign-in is admitted only for staff (lib/auth/oidc/admit-oidc-sign-in.ts).
      async signIn({ email, account, profile }) {
        if (account?.type === 'oidc') return config.oidc ? checkOidcSignIn(config.oidc, { account, profile }, await meta()) : false;
        return !email?.verificationRequest;
      },
      // What auth() and /api/auth/session get: never the session token or the user row. The id is
      // for the server (getActor); lib/auth/auth-route.ts drops it before the session leaves.
      session({ session, user }) {
        const { locale, signedInAt } = user as typeof user & { locale?: string; signedInAt?: Date };
        return { expires: session.expires, user: { id: user.id, name: user.name, email: user.email, locale, signedInAt: signedInAt?.toISOString() } };
      },
    },
  };
}

export const { auth, signIn, signOut } = NextAuth(authConfig);
