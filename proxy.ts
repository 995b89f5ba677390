// Runs before every request except static files. Comfort, not the check: the same-origin rule is
// enforced again where the work happens (lib/action.ts, the Auth.js route), because middleware has
// been bypassed before (docs/decisions/0009-same-origin-for-state-changing-requests.md).
//   1. State-changing requests need our own Origin (or Sec-Fetch-Site: same-origin): 403 otherwise.
//   2. Server-action bodies Next.js could not decode get a 400 here instead of a 500 there.
//   3. Pages get a Content-Security-Policy with a fresh nonce (lib/http/content-security-policy.ts).
// PROXY_DISABLED=1 turns all of it off (test-only): e2e/authorization.spec.ts replays the
// authorization matrix against such a server, to prove every page, handler and action denies by
// itself (docs/decisions/0120-proxy-disabled-switch-for-the-authorization-proof.md).
import { NextResponse, type NextRequest } from 'next/server';
import { actionRequestProblem, formPostProblem } from '@/lib/http/action-request';
import { newNonce, pageContentSecurityPolicy } from '@/lib/http/content-security-policy';
import { appOrigin, checkSameOrigin } from '@/lib/http/same-origin';

const statusText = {
  400: 'Ungültige Anfrage / Bad request',
  403: 'Anfrage abgelehnt / Request refused',
  413: 'Anfrage zu groß / Payload too large',
} as const;

function refuse(status: keyof typeof statusText, reason: string) {
  const text = statusText[status];
  return new NextResponse(`${status} ${text}: ${reason}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export async function proxy(request: NextRequest) {
  // Read per request, never inlined at build time: the same build runs with and without it.
  if (process.env['PROXY_DISABLED'] === '1') return NextResponse.next();
  const origin = appOrigin();
  const { pathname } = request.nextUrl;
  const verdict = checkSameOrigin({ method: request.method, pathname, headers: request.headers }, origin);
  if (!verdict.ok) return refuse(403, verdict.reason === 'missing_origin' ? 'Origin header missing' : 'foreign Origin');

  if (request.method === 'POST' && !pathname.startsWith('/api/')) {
    const isMultipart = request.headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data');
    if (request.headers.has('next-action')) {
      const problem = await actionRequestProblem(request);
      if (problem) return refuse(problem.status, problem.reason);
    } else if (isMultipart) {
      const problem = await formPostProblem(request);
      if (problem) return refuse(400, problem);
    }
  }

  if (pathname.startsWith('/api/')) return NextResponse.next();
  const nonce = newNonce();
  const csp = pageContentSecurityPolicy(nonce, {
    https: origin.startsWith('https:'),
    dev: process.env.NODE_ENV === 'development',
    formTargets: pathname === '/sign-in' ? identityProviderOrigin() : [],
  });
  // Next.js takes the nonce from the request's CSP header and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

/** The staff sign-in's identity provider (OIDC_ISSUER), validated at start-up by lib/env.ts. */
function identityProviderOrigin(): string[] {
  const issuer = process.env.OIDC_ISSUER;
  if (!issuer || !process.env.OIDC_CLIENT_ID) return [];
  try {
    return [new URL(issuer).origin];
  } catch {
    return [];
  }
}

// Token calls to the machine API (an Authorization header under /api/v1/) skip the proxy: it has
// nothing to do for them (point 1 lets them through, points 2 and 3 are for pages and actions), and
// Next.js's running it cost about 0.7 ms of CPU per call, a quarter of the server's (decision 0146).
// Without the header, /api/v1/ is matched as before: a browser's cookie request still gets the
// same-origin rule here. The bench's bare route handler is skipped too, to stay what its name says.
export const config = {
  matcher: [
    '/((?!_next/static|_next/image|favicon.ico|api/v1/|bench-baseline/handler).*)',
    { source: '/api/v1/:path*', missing: [{ type: 'header', key: 'authorization' }] },
  ],
};
