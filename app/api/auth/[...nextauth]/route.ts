// GET/POST /api/auth/* - Auth.js: magic-link callback, session, sign-out, CSRF token.
// Public by nature; the send-a-link endpoint is closed in lib/auth/auth.ts (links come from
// requestSignInLink only).
import { handlers } from '@/lib/auth/auth';

export const { GET, POST } = handlers;
