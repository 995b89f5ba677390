import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { latestMailTo } from '@/lib/testing/mails';
import { GET, POST } from './auth-route';
import { issueSignInLink, limitSignInRequest } from './request-sign-in-link';

// The Auth.js endpoints as the app serves them (app/api/auth/[...nextauth]/route.ts), with an https
// public URL. Behind `next start` the handler sees an internal http origin (http://localhost:<PORT>) and no
// X-Forwarded-Proto, which is what the requests below carry. No server listens on either origin:
// the handlers are called directly: issue 7, items 1 and 4.
const APP_URL = 'https://dpa.example.com';
process.env.APP_URL = APP_URL; // read once by env(), before anything here calls it
const INTERNAL = 'http://portal-internal.example';
const internal = (url: URL | string) => {
  const parsed = new URL(url);
  return `${INTERNAL}${parsed.pathname}${parsed.search}`;
};

async function freshLink(email: string) {
  await sql`delete from rate_limits`;
  const input = { email, callbackUrl: '/orgs' };
  const request = { ip: '198.51.100.7', userAgent: 'vitest' };
  await runAs(null, (ctx) => limitSignInRequest(ctx, input), { request });
  await runAs(null, (ctx) => issueSignInLink(ctx, input), { request });
  const mail = await latestMailTo(email);
  return new URL(mail!.text.match(/https?:\/\/\S+/)![0]);
}

describe('sign-in behind a proxy that terminates TLS', () => {
  it('links, redirects and cookies use APP_URL: __Secure- and Secure, never http://localhost', async () => {
    const link = await freshLink(demoAccounts.member);
    expect(link.origin).toBe(APP_URL);

    const response = await GET(new NextRequest(internal(link)));
    const location = response.headers.get('location') ?? '';
    expect(location).toBe(`${APP_URL}/orgs`);
    const cookie = response.headers.getSetCookie().find((c) => c.includes('session-token='));
    expect(cookie).toMatch(/^__Secure-authjs\.session-token=[^;]+;/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    // Issue 15 item 2: never sent along with a cross-site POST.
    expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
  });

  it('an error redirect stays on APP_URL too', async () => {
    const response = await GET(new NextRequest(`${INTERNAL}/api/auth/callback/email?token=forged&email=a%40b.example`));
    expect(response.headers.get('location')).toBe(`${APP_URL}/sign-in?error=Verification`);
  });
});

describe('a callback URL Auth.js cannot parse (issue 15, item 3: the property fuzz found the 500s)', () => {
  it.each(['-1772022641', 'javascript:alert(1)', 'x y', ''])('in the query (%j): no 500, and no redirect off APP_URL', async (value) => {
    for (const path of ['/api/auth/session', '/api/auth/csrf', '/api/auth/callback/oidc']) {
      const response = await GET(new NextRequest(`${INTERNAL}${path}?callbackUrl=${encodeURIComponent(value)}`));
      expect(response.status, path).toBeLessThan(500);
      const location = response.headers.get('location');
      if (location) expect(new URL(location, APP_URL).origin).toBe(APP_URL);
    }
  });

  it.each(['-1', 'javascript%3Aalert(1)', '%E0%A4%A'])('in the callback-url cookie (%j): no 500', async (value) => {
    for (const name of ['authjs.callback-url', '__Secure-authjs.callback-url']) {
      const response = await GET(new NextRequest(`${INTERNAL}/api/auth/session`, { headers: { cookie: `${name}=${value}` } }));
      expect(response.status, name).toBe(200);
    }
  });
});

describe('/api/auth/session', () => {
  it('gives the page name, e-mail and locale only: no session token, no user row', async () => {
    const token = 'session-shape-test-token';
    await sql`insert into sessions (session_token, user_id, expires) select ${token}, id, now() + interval '1 hour' from users where email = ${demoAccounts.signatory}`;
    const response = await GET(
      new NextRequest(`${INTERNAL}/api/auth/session`, { headers: { cookie: `__Secure-authjs.session-token=${token}` } }),
    );
    const text = await response.text();
    expect(text).not.toContain(token);
    const body = JSON.parse(text) as { user: Record<string, unknown>; expires: string };
    expect(Object.keys(body).sort()).toEqual(['expires', 'user']);
    expect(Object.keys(body.user).sort()).toEqual(['email', 'locale', 'name']);
    expect(body.user.email).toBe(demoAccounts.signatory);
    expect(body.user.locale).toMatch(/^(de|en)$/);
  });

  it('answers null without a session', async () => {
    const response = await GET(new NextRequest(`${INTERNAL}/api/auth/session`));
    expect(await response.json()).toBeNull();
  });
});

describe('POST /api/auth/*', () => {
  it('refuses a request no page of ours sent, before Auth.js sees it', async () => {
    const token = 'post-origin-test-token';
    await sql`insert into sessions (session_token, user_id, expires) select ${token}, id, now() + interval '1 hour' from users where email = ${demoAccounts.admin}`;
    const signOut = (headers: Record<string, string>) =>
      POST(
        new NextRequest(`${INTERNAL}/api/auth/signout`, {
          method: 'POST',
          body: new URLSearchParams({ csrfToken: 'x' }),
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `__Secure-authjs.session-token=${token}`, ...headers },
        }),
      );
    expect((await signOut({})).status).toBe(403);
    expect((await signOut({ origin: 'https://evil.example' })).status).toBe(403);
    expect(await sql`select 1 from sessions where session_token = ${token}`).toHaveLength(1);
    // From our own origin it reaches Auth.js (which then wants its CSRF token: no session is ended).
    expect((await signOut({ origin: APP_URL })).status).not.toBe(403);
  });

  it('reads no more than an Auth.js form can hold', async () => {
    const big = await POST(
      new NextRequest(`${INTERNAL}/api/auth/signout`, {
        method: 'POST',
        body: 'csrfToken='.padEnd(100_000, 'x'),
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP_URL },
      }),
    );
    expect(big.status).toBe(413);
  });

  it('answers a form the client broke off with 400 (decision 0149)', async () => {
    const brokenOff = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('csrfToken='));
        controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
    const response = await POST(
      new NextRequest(`${INTERNAL}/api/auth/signout`, {
        method: 'POST',
        body: brokenOff,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP_URL },
        duplex: 'half',
      } as ConstructorParameters<typeof NextRequest>[1]),
    );
    expect([response.status, await response.json()]).toEqual([400, { error: 'BODY_INCOMPLETE' }]);
  });
});
