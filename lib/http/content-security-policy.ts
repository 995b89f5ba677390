// The Content-Security-Policy of pages, with a fresh nonce per request (Next.js 16 guide
// "Content Security Policy", nonces set in proxy.ts). Next.js reads the nonce from the request's
// CSP header and puts it on its own scripts; 'strict-dynamic' lets those load the page's chunks.
// No 'unsafe-inline' for scripts or <style>: an injected <script> or <style> does not run.
// Style *attributes* stay allowed: React renders a few (table column widths), and the mail
// previews show our HTML mails, which carry their styles inline as mail clients need.

/** Where browsers send CSP violation reports (app/api/csp-report/route.ts). */
export const CSP_REPORT_PATH = '/api/csp-report';

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * `formTargets`: origins a form on this page may lead to besides our own. The sign-in page's staff
 * button posts to a server action that redirects to the identity provider (decision 0068), and a
 * form-action source also governs the redirect after a form post when the page runs without JS.
 */
export function pageContentSecurityPolicy(nonce: string, options: { https: boolean; dev?: boolean; formTargets?: readonly string[] }): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only for `next dev`: React rebuilds server error stacks with eval there.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    // `next dev` injects its CSS as <style> tags without the nonce (Next.js CSP guide, development).
    options.dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    ["form-action 'self'", ...(options.formTargets ?? [])].join(' '),
    "frame-ancestors 'none'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
    // Violations are reported to app/api/csp-report (decision 0130). report-uri, not report-to:
    // Chromium ignores report-uri once report-to is present and then batches reports for up to a
    // minute, which the e2e suite could not count; the endpoint accepts both formats.
    `report-uri ${CSP_REPORT_PATH}`,
  ].join('; ');
}
