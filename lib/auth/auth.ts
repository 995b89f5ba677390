import 'server-only';
import NextAuth from 'next-auth';
import { env } from '@/lib/env';
import { requestAddress } from '@/lib/http/request-address';
import { portalAdapter } from './adapter';
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

// Configured lazily, so that `next build` neither opens a database nor needs AUTH_SECRET.
export const { handlers, auth, signOut } = NextAuth(() => {
  const config = env();
  return {
    secret: authSecret(),
    trustHost: true,
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
    ],
    pages: { signIn: '/sign-in', error: '/sign-in', verifyRequest: '/sign-in' },
    callbacks: {
      // Auth.js's own "send me a link" endpoint is closed: it would bypass the rate limits and
      // answer differently for unknown addresses. Completing a link we issued is allowed.
      signIn({ email }) {
        return !email?.verificationRequest;
      },
      session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
  };
});
