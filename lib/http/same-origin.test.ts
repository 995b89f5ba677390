import { describe, expect, it } from 'vitest';
import { appOrigin, checkSameOrigin } from './same-origin';

const origin = 'https://dpa.example.com';
const check = (method: string, pathname: string, headers: Record<string, string> = {}) =>
  checkSameOrigin({ method, pathname, headers: new Headers(headers) }, origin);

describe('checkSameOrigin', () => {
  it('lets safe methods through whatever they carry', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) {
      expect(check(method, '/orgs', { origin: 'https://evil.example' })).toEqual({ ok: true });
    }
  });

  it('runs a state-changing request only with our own Origin', () => {
    expect(check('POST', '/sign-in', { origin })).toEqual({ ok: true });
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(check(method, '/sign-in', { origin: 'https://evil.example' })).toEqual({ ok: false, reason: 'foreign_origin' });
    }
    // Same host, other scheme or port: another origin.
    expect(check('POST', '/', { origin: 'http://dpa.example.com' }).ok).toBe(false);
    expect(check('POST', '/', { origin: 'https://dpa.example.com:8443' }).ok).toBe(false);
    expect(check('POST', '/', { origin: 'null' }).ok).toBe(false);
  });

  it('refuses a request without Origin unless the browser says it is same-origin', () => {
    expect(check('POST', '/sign-in')).toEqual({ ok: false, reason: 'missing_origin' });
    expect(check('POST', '/sign-in', { 'sec-fetch-site': 'same-site' }).ok).toBe(false);
    expect(check('POST', '/sign-in', { 'sec-fetch-site': 'cross-site' }).ok).toBe(false);
    expect(check('POST', '/sign-in', { 'sec-fetch-site': 'same-origin' })).toEqual({ ok: true });
    // A foreign Origin is not rescued by a Sec-Fetch-Site claim.
    expect(check('POST', '/', { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' }).ok).toBe(false);
  });

  it('leaves the machine API to its tokens, but not a browser request to it with cookies', () => {
    expect(check('POST', '/api/v1/verify')).toEqual({ ok: true });
    expect(check('POST', '/api/v1/support-level', { authorization: 'Bearer abc', cookie: 'x=1' })).toEqual({ ok: true });
    expect(check('POST', '/api/v1/verify', { cookie: 'authjs.session-token=x' }).ok).toBe(false);
    // Other API routes are the browser's.
    expect(check('POST', '/api/auth/signout').ok).toBe(false);
    expect(check('POST', '/api/v1x/thing').ok).toBe(false);
  });

  it('lets the one-click unsubscribe through from a mail provider (RFC 8058), and only that path', () => {
    expect(check('POST', '/api/unsubscribe')).toEqual({ ok: true });
    expect(check('POST', '/api/unsubscribe/x').ok).toBe(false);
    expect(check('POST', '/unsubscribe').ok).toBe(false);
  });

  it('lets CSP reports through, which browsers send without Origin (decision 0130), and only that path', () => {
    expect(check('POST', '/api/csp-report')).toEqual({ ok: true });
    expect(check('POST', '/api/csp-report/x').ok).toBe(false);
  });
});

describe('appOrigin', () => {
  it('is APP_URL’s origin, or localhost on the port the server listens on', () => {
    expect(appOrigin({ APP_URL: 'https://dpa.example.com/' })).toBe('https://dpa.example.com');
    expect(appOrigin({ APP_URL: 'http://127.0.0.1:1400/x' })).toBe('http://127.0.0.1:1400');
    expect(appOrigin({ PORT: '1401' })).toBe('http://localhost:1401');
    expect(appOrigin({})).toBe('http://localhost:3000');
  });
});
