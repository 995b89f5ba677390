// GET/POST /api/auth/* - Auth.js: magic-link callback, session, sign-out, CSRF token.
// Public by nature; the send-a-link endpoint is closed in lib/auth/auth.ts (links come from
// requestSignInLink only); lib/auth/auth-route.ts trims the session and guards the POSTs.
export { GET, POST } from '@/lib/auth/auth-route';
