import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoAccounts } from '@/scripts/demo-seed/demo-accounts';
import { runAs } from '@/lib/testing/context';
import { sql } from '@/lib/testing/db';
import { latestMailTo } from '@/lib/testing/mails';
import { issueSignInLink, limitSignInRequest } from './request-sign-in-link';
import { RATE_WINDOW_MINUTES } from './rate-limit';

// The handlers are called directly; no server listens on this origin (APP_URL, read by env()).
const APP_URL = 'http://portal.example';
process.env.APP_URL = APP_URL;

const ip = '198.51.100.7';

/** Both steps of a sign-in request, as the action and its after() run them. */
// The limits count in fixed 15-minute windows. Every request of this file is counted in the middle
// of one window, so a run that crosses a window's end (00:15, 00:30, ...) cannot reset a count halfway.
const windowMs = RATE_WINDOW_MINUTES * 60_000;
const countedAt = new Date(Math.floor(Date.now() / windowMs) * windowMs + windowMs / 2);

async function request(email: string, from = ip) {
  const request = { ip: from, userAgent: 'vitest' };
  await runAs(null, (ctx) => limitSignInRequest(ctx, { email }), { request, now: countedAt });
  await runAs(null, (ctx) => issueSignInLink(ctx, { email }), { request });
}

async function counts(email: string) {
  const [row] = await sql<{ users: number; tokens: number; mails: number }>`
    select (select count(*)::int from users where email = ${email}) as users,
           (select count(*)::int from verification_tokens where identifier = ${email}) as tokens,
           (select count(*)::int from mails where "to" = ${email}) as mails`;
  return row!;
}

async function latestLink(email: string) {
  const mail = await latestMailTo(email);
  const match = mail.text.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`no link in the mail to ${email}`);
  return new URL(match[0]);
}

/** Opens a link through the real Auth.js route handler, as a browser would. */
async function openLink(url: URL) {
  const handlers = await import('./auth-route');
  const response = await handlers.GET(new NextRequest(url));
  return { location: response.headers.get('location') ?? '', cookie: response.headers.get('set-cookie') ?? '' };
}

beforeEach(async () => {
  await sql`delete from rate_limits`;
});

describe('magic link', () => {
  it('sends a known user one mail with a single-use link, storing only the hash of its token', async () => {
    const email = demoAccounts.signatory;
    await request(email);
    const link = await latestLink(email);
    const token = link.searchParams.get('token')!;
    expect(token.length).toBeGreaterThanOrEqual(40);
    const [stored] = await sql<{ token: string; expires: Date }>`select token, expires from verification_tokens where identifier = ${email}`;
    expect(stored!.token).not.toContain(token);
    expect(stored!.token).toMatch(/^[0-9a-f]{64}$/);
    const minutes = (new Date(stored!.expires).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);

    const first = await openLink(link);
    expect(first.location).not.toContain('error');
    expect(first.cookie).toMatch(/authjs\.session-token=/);
    const [session] = await sql<{ n: number }>`
      select count(*)::int as n from sessions s join users u on u.id = s.user_id where u.email = ${email}`;
    expect(session!.n).toBe(1);
    const audit = await sql<{ action: string }>`
      select a.action from audit_events a join users u on u.id = a.actor_user_id
      where u.email = ${email} order by a.seq`;
    expect(audit.map((a) => a.action)).toEqual(['auth.link_requested', 'auth.sign_in']);

    const second = await openLink(link);
    expect(second.location).toContain('error=Verification');
    expect(second.cookie).not.toMatch(/authjs\.session-token=[^;]/);
  });

  it('refuses an expired link', async () => {
    const email = demoAccounts.member;
    await request(email);
    const link = await latestLink(email);
    await sql`update verification_tokens set expires = now() - interval '1 second' where identifier = ${email}`;
    const opened = await openLink(link);
    expect(opened.location).toContain('error=Verification');
  });

  it('answers an unknown address the same way, with no mail, no token and no user row', async () => {
    const email = 'nobody-here@unknown.example';
    await expect(request(email)).resolves.toBeUndefined();
    expect(await counts(email)).toEqual({ users: 0, tokens: 0, mails: 0 });
  });

  it('refuses a link for an address it did not issue, and never creates a user', async () => {
    const link = new URL(`${APP_URL}/api/auth/callback/email`);
    link.searchParams.set('token', 'forged-token-forged-token-forged-token-1234');
    link.searchParams.set('email', 'intruder@unknown.example');
    const opened = await openLink(link);
    expect(opened.location).toContain('error=Verification');
    expect(await counts('intruder@unknown.example')).toEqual({ users: 0, tokens: 0, mails: 0 });
  });

  it('closes Auth.js’s own send-a-link endpoint, so the rate limit cannot be bypassed', async () => {
    const handlers = await import('./auth-route');
    // A well-formed request with a valid CSRF token, so that only our signIn callback can refuse it.
    const csrf = await handlers.GET(new NextRequest(`${APP_URL}/api/auth/csrf`));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = (csrf.headers.get('set-cookie') ?? '').split(';')[0]!;
    const response = await handlers.POST(
      new NextRequest(`${APP_URL}/api/auth/signin/email`, {
        method: 'POST',
        body: new URLSearchParams({ email: demoAccounts.admin, csrfToken }),
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP_URL, cookie },
      }),
    );
    expect(response.headers.get('location')).toContain('error=AccessDenied');
    expect(await counts(demoAccounts.admin)).toEqual({ users: 1, tokens: 0, mails: 0 });
  });

  it('limits requests per address and per IP address', async () => {
    const email = demoAccounts.support;
    for (let i = 0; i < 5; i++) await request(email);
    await expect(request(email)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect((await counts(email)).mails).toBe(5);

    // Per IP: many addresses (known or not) from one address hit the IP limit.
    const limit = Number(process.env.SIGNIN_LIMIT_PER_IP ?? 30);
    const from = '203.0.113.9';
    for (let i = 0; i < limit; i++) await request(`probe-${i}@unknown.example`, from);
    await expect(request('probe-last@unknown.example', from)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    // Another IP is not affected.
    await expect(request('probe-last@unknown.example', '203.0.113.10')).resolves.toBeUndefined();
  });

  it('counts per address and source: requests from elsewhere cannot lock a person out', async () => {
    const email = demoAccounts.outdatedSignatory;
    const attacker = '203.0.113.66';
    for (let i = 0; i < 5; i++) await request(email, attacker);
    await expect(request(email, attacker)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    const before = (await counts(email)).mails;
    await expect(request(email, ip)).resolves.toBeUndefined();
    expect((await counts(email)).mails).toBe(before + 1);
  });
});

describe('pending links', () => {
  it('a repeat request does not void a link still in the mailbox; the first one used ends the others', async () => {
    const email = demoAccounts.otherSignatory;
    await request(email);
    const first = await latestLink(email);
    await request(email, '203.0.113.77'); // e.g. someone else asking for this address
    const second = await latestLink(email);
    expect(second.searchParams.get('token')).not.toBe(first.searchParams.get('token'));

    expect((await openLink(first)).location).not.toContain('error');
    expect((await openLink(second)).location).toContain('error=Verification');
    expect((await counts(email)).tokens).toBe(0);
  });

  it('a wrong token voids nothing', async () => {
    const email = demoAccounts.privacy;
    await request(email);
    const link = await latestLink(email);
    const forged = new URL(link);
    forged.searchParams.set('token', 'forged-token-forged-token-forged-token-9999');
    expect((await openLink(forged)).location).toContain('error=Verification');
    expect((await openLink(link)).location).not.toContain('error');
  });

  it('the answer does no address-dependent work: the link is issued in a second step', async () => {
    const known = demoAccounts.member;
    const before = await counts(known);
    for (const email of [known, 'nobody-at-all@unknown.example']) {
      await runAs(null, (ctx) => limitSignInRequest(ctx, { email }), { request: { ip, userAgent: 'vitest' } });
    }
    expect(await counts(known)).toEqual(before);
    expect(await counts('nobody-at-all@unknown.example')).toEqual({ users: 0, tokens: 0, mails: 0 });
    await runAs(null, (ctx) => issueSignInLink(ctx, { email: known }), { request: { ip, userAgent: 'vitest' } });
    expect(await counts(known)).toEqual({ ...before, tokens: before.tokens + 1, mails: before.mails + 1 });
  });
});
