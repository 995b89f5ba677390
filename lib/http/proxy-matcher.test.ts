import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';
import { checkSameOrigin } from './same-origin';

// Which requests Next.js hands to proxy.ts, read from its matcher the way Next.js reads it.
const runsProxy = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config, url, headers });

const bearer = { authorization: 'Bearer dpa_token' };

describe('the proxy matcher', () => {
  it('runs the proxy for pages, actions and the browser side of the API', () => {
    for (const url of ['/', '/dpa', '/staff?q=hofmann', '/sign-in', '/api/auth/session', '/api/orgs/x/agreement.pdf', '/api/unsubscribe']) {
      expect(runsProxy(url), url).toBe(true);
    }
    // Pages and the browser API with a stray Authorization header still get the proxy.
    expect(runsProxy('/dpa', bearer)).toBe(true);
    expect(runsProxy('/api/auth/session', bearer)).toBe(true);
    // Under /api/v1/ without a token: a browser with its cookie, or a script (the verify API).
    expect(runsProxy('/api/v1/support/lookup?phone=1', { cookie: 'authjs.session-token=x' })).toBe(true);
    expect(runsProxy('/api/v1/verify')).toBe(true);
    expect(runsProxy('/api/v1/openapi.json')).toBe(true);
  });

  it('skips token calls to the machine API, which the proxy would let through unchanged', () => {
    for (const url of ['/api/v1/support/lookup?phone=%2B49', '/api/v1/calls/identify?number=1', '/api/v1/orgs/x/support-status', '/api/v1/register']) {
      expect(runsProxy(url, bearer), url).toBe(false);
      expect(runsProxy(url, { ...bearer, cookie: 'authjs.session-token=x' }), url).toBe(false);
      // What the proxy's first check would have said: nothing to refuse, whatever the method.
      for (const method of ['GET', 'POST', 'DELETE']) {
        const verdict = checkSameOrigin({ method, pathname: new URL(url, 'http://x').pathname, headers: new Headers({ ...bearer, origin: 'https://evil.example' }) }, 'https://dpa.example.com');
        expect(verdict).toEqual({ ok: true });
      }
    }
  });

  it('skips static files and the bare route handler of the benchmark', () => {
    for (const url of ['/_next/static/chunks/main.js', '/_next/image?url=x', '/favicon.ico', '/bench-baseline/handler?rows=50']) {
      expect(runsProxy(url), url).toBe(false);
    }
    expect(runsProxy('/bench-baseline/rows?rows=50')).toBe(true);
  });
});
