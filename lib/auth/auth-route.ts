import 'server-only';
import { Auth, setEnvDefaults } from '@auth/core';
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { readLimitedBody } from '@/lib/http/read-limited-body';
import { checkSameOrigin } from '@/lib/http/same-origin';
import { authConfig } from './auth';
import { safeCallbackUrl } from './safe-callback-url';

// The Auth.js endpoints as app/api/auth/[...nextauth]/route.ts serves them. next-auth's own
// handlers are not used: they rebuild the request as a NextRequest, whose URL Next.js rewrites from
// 127.0.0.1 to "localhost", so Auth.js redirected a sign-in on http://127.0.0.1:<PORT> to localhost,
// where the new session cookie does not exist (issue 7, item 1). Here Auth.js gets a plain Request
// on APP_URL: links, redirects and cookies all follow the public URL, whatever Host said.

/** Auth.js's forms post a CSRF token and a callback URL: a few hundred bytes. */
const MAX_AUTH_BODY_BYTES = 64 * 1024;

/** As Auth.js checks a callback URL: absolute http(s), or a path from "/" on. */
function authAcceptsCallbackUrl(value: string, appUrl: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? appUrl : undefined).protocol);
  } catch {
    return false;
  }
}

/** The headers without a callback-URL cookie Auth.js would answer with the same 500. */
function withoutRefusedCallbackCookie(headers: Headers, appUrl: string): Headers {
  const cookie = headers.get('cookie');
  if (!cookie || !cookie.includes('callback-url')) return headers;
  const kept = cookie.split(';').filter((pair) => {
    const [name = '', ...rest] = pair.trim().split('=');
    if (!/^(?:__Secure-)?authjs\.callback-url$/.test(name)) return true;
    const raw = rest.join('=').replace(/^"(.*)"$/, '$1');
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // Auth.js keeps a value it cannot decode as it is; so does this check.
    }
    return !value || authAcceptsCallbackUrl(value, appUrl);
  });
  const out = new Headers(headers);
  out.set('cookie', kept.join(';'));
  return out;
}

async function callAuth(request: NextRequest): Promise<Response> {
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, env().APP_URL);
  // Auth.js answers any other callbackUrl with a 500 ("server configuration", issue 15, item 3):
  // such a value becomes the local path the sign-in page would make of it.
  const callbackUrl = url.searchParams.get('callbackUrl');
  if (callbackUrl !== null && !authAcceptsCallbackUrl(callbackUrl, env().APP_URL)) {
    url.searchParams.set('callbackUrl', safeCallbackUrl(callbackUrl, env().APP_URL));
  }
  // Read no further than Auth.js's forms ever are; a body the client broke off is its 400, not a 500.
  const body =
    request.method === 'GET' || request.method === 'HEAD'
      ? undefined
      : await readLimitedBody(request, MAX_AUTH_BODY_BYTES).catch((error: unknown) => {
          if (isAppError(error)) return error;
          throw error;
        });
  if (body === null) return NextResponse.json({ error: 'PAYLOAD_TOO_LARGE' }, { status: 413 });
  if (isAppError(body)) return NextResponse.json({ error: body.code }, { status: body.status });
  const config = authConfig();
  setEnvDefaults(process.env, config, true);
  const headers = withoutRefusedCallbackCookie(request.headers, env().APP_URL);
  return Auth(new Request(url, { method: request.method, headers, body }), config);
}

/** GET: as Auth.js answers, except that the session leaves with name, e-mail and locale only. */
export async function GET(request: NextRequest): Promise<Response> {
  const response = await callAuth(request);
  if (!request.nextUrl.pathname.endsWith('/session') || !response.ok) return response;
  const session = (await response.json()) as { expires?: string; user?: { name?: string; email?: string; locale?: string } } | null;
  const body = session?.user
    ? { user: { name: session.user.name ?? null, email: session.user.email ?? null, locale: session.user.locale ?? null }, expires: session.expires }
    : null;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return NextResponse.json(body, { status: response.status, headers });
}

/** POST (sign-out, callbacks): only from our own pages, checked here and not only in proxy.ts. */
export async function POST(request: NextRequest): Promise<Response> {
  const verdict = checkSameOrigin(
    { method: request.method, pathname: request.nextUrl.pathname, headers: request.headers },
    new URL(env().APP_URL).origin,
  );
  if (!verdict.ok) return NextResponse.json({ error: 'FORBIDDEN' }, { status: 403 });
  return callAuth(request);
}
