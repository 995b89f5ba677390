// Which state-changing requests may run: only those a page of ours sent (docs/decisions/
// 0009-same-origin-for-state-changing-requests.md). Next.js compares Origin with Host for server
// actions, but only when Origin is present; a request without it runs. We require it, or at least
// Sec-Fetch-Site: same-origin, for every method that is not safe. Checked in proxy.ts and again where
// the work happens (lib/action.ts, the Auth.js route), because a proxy is only comfort.

type HeaderSource = { get(name: string): string | null };

export type OriginVerdict = { ok: true } | { ok: false; reason: 'missing_origin' | 'foreign_origin' };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** APP_URL's origin, the only one trusted; without APP_URL the port `npm start` listens on. */
export function appOrigin(env: Record<string, string | undefined> = process.env): string {
  return new URL(env.APP_URL || `http://localhost:${env.PORT || 3000}`).origin;
}

/**
 * The machine API under /api/v1 is called by the ticket and phone systems with bearer tokens and
 * by scripts (the verify API): no ambient credential, so nothing to forge. A request that carries a
 * cookie and no Authorization header is a browser's, and gets the browser rule.
 */
function isMachineApiRequest(pathname: string, headers: HeaderSource) {
  return pathname.startsWith('/api/v1/') && (headers.get('authorization') !== null || headers.get('cookie') === null);
}

/**
 * The one-click unsubscribe of RFC 8058 is POSTed by mail providers' servers, with no Origin. Its
 * only credential is the signed token in the URL and it uses no cookie, so a forged cross-site POST
 * can do nothing that the token's holder could not do anyway (decision 0079).
 */
const ONE_CLICK_UNSUBSCRIBE = '/api/unsubscribe';

/**
 * CSP violation reports are POSTed by the browser itself, without cookies and often without an
 * Origin; the endpoint uses no session and changes nothing but a log line (decision 0130).
 */
const CSP_REPORT = '/api/csp-report';

export function checkSameOrigin(request: { method: string; pathname: string; headers: HeaderSource }, origin: string): OriginVerdict {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { ok: true };
  if (isMachineApiRequest(request.pathname, request.headers)) return { ok: true };
  if (request.pathname === ONE_CLICK_UNSUBSCRIBE || request.pathname === CSP_REPORT) return { ok: true };
  const sent = request.headers.get('origin');
  if (sent !== null) return sent === origin ? { ok: true } : { ok: false, reason: 'foreign_origin' };
  // Browsers that omit Origin still say where the request came from.
  return request.headers.get('sec-fetch-site') === 'same-origin' ? { ok: true } : { ok: false, reason: 'missing_origin' };
}
